package vn.motcua.catalog.control.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are worked: Monday to Friday, except the exceptional dates it is built from (holidays and days off are
 * not worked; a {@link DayKind#WORKING_DAY} makes a Saturday or Sunday worked). Immutable and thread-safe; build one
 * from the confirmed calendars of the years a computation may reach (a deadline received in December runs into
 * January), e.g. from the database rows or from {@link StatutoryHolidays#propose(int)}.
 */
public final class WorkingCalendar {

    /** How far {@link #nextWorkingDay} looks before deciding the calendar has no working day at all. */
    private static final int MAX_SEARCH_DAYS = 3660;

    private static final WorkingCalendar WEEKDAYS_ONLY = new WorkingCalendar(new TreeMap<>());

    private final NavigableMap<LocalDate, CalendarDay> exceptions;

    private WorkingCalendar(NavigableMap<LocalDate, CalendarDay> exceptions) {
        this.exceptions = exceptions;
    }

    /**
     * A calendar with the given exceptional dates.
     *
     * @throws IllegalArgumentException if a date appears twice
     */
    public static WorkingCalendar of(Collection<CalendarDay> exceptionalDays) {
        TreeMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : exceptionalDays) {
            CalendarDay previous = byDate.put(day.date(), day);
            if (previous != null) {
                throw new IllegalArgumentException("two entries for " + day.date() + ": " + previous + ", " + day);
            }
        }
        return new WorkingCalendar(byDate);
    }

    /** Monday to Friday, no exceptions. */
    public static WorkingCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    /** Whether the date is a weekly rest day (Saturday, Sunday) before any exception. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Whether the date is worked. */
    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        return exception == null ? !isWeekend(date) : exception.kind().isWorked();
    }

    /** The exception recorded for the date, if any. */
    public Optional<CalendarDay> exception(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** The first working day on or after {@code date}. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days after " + date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 if {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day {@code days} working days after {@code from} (not counted); 0 gives the first working day on or after. */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = workingDayOnOrAfter(from);
        if (days > 0) {
            day = from;
            for (int i = 0; i < days; i++) {
                day = nextWorkingDay(day);
            }
        }
        return day;
    }

    /** Every exception, by date. */
    public List<CalendarDay> exceptions() {
        return List.copyOf(exceptions.values());
    }

    /** The exceptions of one year, by date. */
    public List<CalendarDay> exceptions(int year) {
        return List.copyOf(exceptions
                .subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /** This calendar with the given days added or replacing the entries of the same dates. */
    public WorkingCalendar with(Collection<CalendarDay> days) {
        TreeMap<LocalDate, CalendarDay> merged = new TreeMap<>(exceptions);
        for (CalendarDay day : days) {
            merged.put(day.date(), day);
        }
        return new WorkingCalendar(merged);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar calendar && exceptions.equals(calendar.exceptions);
    }

    @Override
    public int hashCode() {
        return exceptions.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + exceptions.values();
    }
}
