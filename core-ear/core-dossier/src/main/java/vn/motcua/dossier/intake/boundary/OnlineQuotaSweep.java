package vn.motcua.dossier.intake.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import vn.motcua.dossier.intake.control.OnlineQuota;
import vn.motcua.dossier.lookup.boundary.LookupAttemptSweep;

/**
 * Every hour, forgets the online submission use of clients whose window has ended (it no longer limits anyone), so
 * the table holds at most the clients of the last hour. Safe on every server of a cluster at once. The twin of
 * {@link LookupAttemptSweep}.
 */
@Singleton
public class OnlineQuotaSweep {

    @Inject
    OnlineQuota quota;

    @Schedule(hour = "*", minute = "47", persistent = false)
    public void sweep() {
        quota.sweep(LocalDateTime.now());
    }
}
