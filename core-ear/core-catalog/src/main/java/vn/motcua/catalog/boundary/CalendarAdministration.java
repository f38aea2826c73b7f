package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.control.calendar.CalendarDay;
import vn.motcua.catalog.control.calendar.DayKind;
import vn.motcua.catalog.control.calendar.StatutoryHolidays;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.entity.CalendarEntry;
import vn.motcua.catalog.entity.CalendarYear;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The working calendar, year by year: propose a year from the lunar calendar and the Labour Code, let the admin add,
 * change or remove exceptional days (the government's swaps and extra days), and confirm it. Deadlines read every
 * stored year, confirmed or proposed (a proposal is better than weekends only), through {@link Deadlines}.
 */
@ApplicationScoped
@RequiresPermissions("catalog:view")
public class CalendarAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    vn.motcua.platform.audit.boundary.AuditTrail audit;

    @Inject
    vn.motcua.platform.cache.boundary.CacheVersions versions;

    static final String CHANGE = "catalog.calendar.change";

    @Transactional
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(em.find(CalendarYear.class, year));
    }

    @Transactional
    public List<CalendarEntry> days(int year) {
        return em.createQuery("select d from CalendarEntry d where d.year = :year order by d.date", CalendarEntry.class)
                .setParameter("year", year)
                .getResultList();
    }

    /**
     * Replaces a year's days with the proposal computed for it. Refused for a confirmed year, whose days people
     * already rely on; the admin edits those one by one.
     */
    @Transactional
    @RequiresPermissions("catalog:calendar:edit")
    public void propose(int year) {
        checkYear(year);
        CalendarYear calendarYear = em.find(CalendarYear.class, year);
        if (calendarYear != null && calendarYear.isConfirmed()) {
            throw new DomainException("catalog.calendar.alreadyConfirmed", year);
        }
        if (calendarYear == null) {
            em.persist(new CalendarYear(year));
        }
        em.createQuery("delete from CalendarEntry d where d.year = :year")
                .setParameter("year", year)
                .executeUpdate();
        List<CalendarDay> proposed = StatutoryHolidays.propose(year);
        for (CalendarDay day : proposed) {
            em.persist(new CalendarEntry(day));
        }
        audit.record(CHANGE, "year " + year, null, "proposed: " + proposed.size() + " days");
        versions.bump(Deadlines.CACHE);
    }

    /** Adds or changes one exceptional day (a new name or kind for a date already listed replaces it). */
    @Transactional
    @RequiresPermissions("catalog:calendar:edit")
    public void put(LocalDate date, DayKind kind, String name) {
        if (date == null || kind == null || name == null || name.isBlank()) {
            throw new DomainException("catalog.calendar.dayIncomplete");
        }
        checkYear(date.getYear());
        boolean weekend = WorkingCalendar.isWeekend(date);
        if (kind == DayKind.WORKING_DAY && !weekend) {
            throw new DomainException("catalog.calendar.workingDayOnWeekday");
        }
        if (em.find(CalendarYear.class, date.getYear()) == null) {
            em.persist(new CalendarYear(date.getYear()));
            em.flush(); // the day's row refers to the year's by a plain column: EclipseLink would not order the two
        }
        CalendarEntry existing = em.find(CalendarEntry.class, date);
        String before = existing == null ? null : describe(existing);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        CalendarEntry entry = new CalendarEntry(new CalendarDay(date, kind, name.strip()));
        em.persist(entry);
        audit.record(CHANGE, "day " + date, before, describe(entry));
        versions.bump(Deadlines.CACHE);
    }

    @Transactional
    @RequiresPermissions("catalog:calendar:edit")
    public void remove(LocalDate date) {
        CalendarEntry existing = em.find(CalendarEntry.class, date);
        if (existing != null) {
            audit.record(CHANGE, "day " + date, describe(existing), null);
            versions.bump(Deadlines.CACHE);
            em.remove(existing);
        }
    }

    @Transactional
    @RequiresPermissions("catalog:calendar:edit")
    public void confirm(int year) {
        CalendarYear calendarYear = em.find(CalendarYear.class, year);
        if (calendarYear == null) {
            throw new DomainException("catalog.calendar.nothingToConfirm", year);
        }
        calendarYear.confirm(currentUser.require().username());
        audit.record(CHANGE, "year " + year, "proposed", "confirmed");
        versions.bump(Deadlines.CACHE);
    }

    private static String describe(CalendarEntry entry) {
        return entry.getKind() + " " + entry.getName();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("catalog.calendar.yearRange");
        }
    }
}
