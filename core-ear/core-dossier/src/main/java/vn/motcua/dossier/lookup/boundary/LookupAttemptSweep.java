package vn.motcua.dossier.lookup.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import vn.motcua.dossier.lookup.control.LookupThrottle;

/**
 * Every hour, forgets the failed lookups whose window has ended (they no longer hold anyone back), so the table
 * holds at most the clients of the last window. Safe on every server of a cluster at once.
 */
@Singleton
public class LookupAttemptSweep {

    @Inject
    LookupThrottle throttle;

    @Schedule(hour = "*", minute = "43", persistent = false)
    public void sweep() {
        throttle.sweep(LocalDateTime.now());
    }
}
