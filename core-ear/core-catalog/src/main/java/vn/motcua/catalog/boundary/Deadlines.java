package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.catalog.control.calendar.WorkingHours;
import vn.motcua.catalog.entity.CalendarEntry;
import vn.motcua.platform.cache.boundary.CacheVersions;
import vn.motcua.platform.cache.boundary.VersionedCache;

/**
 * The deadline engine as the rest of the portal uses it: the stored working calendar with the configured cut-off hour
 * ({@code motcua.calendar.cut-off}, default 15:00) and "due soon" threshold ({@code motcua.calendar.due-soon-days},
 * default 1 working day). Built once and kept while the calendar's version row ({@value #CACHE}, bumped by every
 * change of {@link CalendarAdministration}) stays put; each server checks the row at most once a second, so an edit
 * made on one server of a cluster shows on every server within a second.
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
    CacheVersions versions;

    /** The name of the calendar's row in {@code cache_version}. */
    public static final String CACHE = "calendar";

    private final VersionedCache<DueDates> built = new VersionedCache<>();

    /** No permission needed: the public portal computes due dates for online submissions too. */
    @Transactional
    public DueDates dueDates() {
        return built.get(
                () -> versions.current(CACHE),
                () -> new DueDates(
                        WorkingCalendar.of(em.createQuery("select d from CalendarEntry d", CalendarEntry.class)
                                .getResultStream()
                                .map(CalendarEntry::toDay)
                                .toList()),
                        WorkingHours.DEFAULT.withCutOff(LocalTime.parse(cutOff)),
                        WorkingDays.of(dueSoonDays)));
    }

    /** Called after the calendar changed on this server: rebuilt at once here (the others follow within a second). */
    public void forget() {
        built.forget();
    }
}
