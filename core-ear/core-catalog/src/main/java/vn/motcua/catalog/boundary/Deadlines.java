package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.catalog.control.calendar.WorkingHours;
import vn.motcua.catalog.entity.CalendarEntry;

/**
 * The deadline engine as the rest of the portal uses it: the stored working calendar with the configured cut-off hour
 * ({@code motcua.calendar.cut-off}, default 15:00) and "due soon" threshold ({@code motcua.calendar.due-soon-days},
 * default 1 working day). Built once and rebuilt after the calendar changes ({@link #forget()}); on a cluster each
 * server rebuilds at most every {@code motcua.calendar.refresh-minutes} (default 10), so an edit reaches every server.
 */
@ApplicationScoped
public class Deadlines {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "motcua.calendar.cut-off", defaultValue = "15:00")
    String cutOff;

    @Inject
    @ConfigProperty(name = "motcua.calendar.due-soon-days", defaultValue = "1")
    String dueSoonDays;

    @Inject
    @ConfigProperty(name = "motcua.calendar.refresh-minutes", defaultValue = "10")
    int refreshMinutes;

    private record Built(DueDates dueDates, long at) {}

    private final AtomicReference<Built> built = new AtomicReference<>();

    /** No permission needed: the public portal computes due dates for online submissions too. */
    @Transactional
    public DueDates dueDates() {
        Built current = built.get();
        long now = System.currentTimeMillis();
        if (current == null || now - current.at() > refreshMinutes * 60_000L) {
            current = new Built(
                    new DueDates(
                            WorkingCalendar.of(em.createQuery("select d from CalendarEntry d", CalendarEntry.class)
                                    .getResultStream()
                                    .map(CalendarEntry::toDay)
                                    .toList()),
                            WorkingHours.DEFAULT.withCutOff(LocalTime.parse(cutOff)),
                            WorkingDays.of(dueSoonDays)),
                    now);
            built.set(current);
        }
        return current.dueDates();
    }

    /** Called after the calendar changed on this server. */
    public void forget() {
        built.set(null);
    }
}
