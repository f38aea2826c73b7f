package vn.motcua.catalog.control.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Arithmetic on working time: the sessions of {@link WorkingHours} on the working days of a {@link WorkingCalendar}.
 * Moments are local Vietnam time. Immutable and thread-safe.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A <em>working moment</em> is a moment of a working day inside a session, both ends included (11:30 and 17:00
 *       are working moments: a deadline may fall there).
 *   <li>Adding working time skips everything outside the sessions; a sum that ends exactly at the end of a session
 *       resolves to that end (17:00 that day), not to the next opening.
 *   <li>The clock of a received dossier starts when it is received, if that is inside a session on a working day at
 *       or before the cut-off; during lunch, at the afternoon opening; before the opening, at the opening; after the
 *       cut-off, outside hours or on a non-working day, at the opening of the next working day.
 * </ul>
 */
public final class WorkingClock {

    /** How far the clock looks for working time before deciding the calendar has none. */
    private static final int MAX_SEARCH_DAYS = 36600;

    private final WorkingCalendar calendar;
    private final WorkingHours hours;

    public WorkingClock(WorkingCalendar calendar, WorkingHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public WorkingHours hours() {
        return hours;
    }

    /** Whether the moment is inside a session (ends included) of a working day. */
    public boolean isWorkingMoment(LocalDateTime moment) {
        if (!calendar.isWorkingDay(moment.toLocalDate())) {
            return false;
        }
        var time = moment.toLocalTime();
        return hours.sessions().stream().anyMatch(s -> !time.isBefore(s.start()) && !time.isAfter(s.end()));
    }

    /** When the clock of a dossier received at {@code received} starts: see the cut-off rule in the class comment. */
    public LocalDateTime clockStart(LocalDateTime received) {
        LocalDate day = received.toLocalDate();
        var time = received.toLocalTime();
        if (calendar.isWorkingDay(day) && !time.isAfter(hours.cutOff())) {
            for (WorkSession session : hours.sessions()) {
                if (time.isBefore(session.end())) {
                    return time.isBefore(session.start()) ? day.atTime(session.start()) : received;
                }
            }
        }
        return calendar.nextWorkingDay(day).atTime(hours.opening());
    }

    /**
     * The moment at which {@code workingTime} of work, begun at {@code from}, is done. With zero working time: {@code
     * from} itself if it is a working moment, else the next opening.
     */
    public LocalDateTime plus(LocalDateTime from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("negative working time: " + workingTime);
        }
        Duration remaining = workingTime;
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (WorkSession session : hours.sessions()) {
                LocalDateTime end = day.atTime(session.end());
                if (end.isBefore(from)) {
                    continue;
                }
                LocalDateTime start = day.atTime(session.start());
                LocalDateTime begin = start.isBefore(from) ? from : start;
                Duration available = Duration.between(begin, end);
                if (remaining.compareTo(available) <= 0) {
                    return begin.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_SEARCH_DAYS + " days after " + from);
    }

    /** The working time from {@code from} to {@code to}; negative when {@code to} is before {@code from}. */
    public Duration between(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (WorkSession session : hours.sessions()) {
                LocalDateTime start = max(day.atTime(session.start()), from);
                LocalDateTime end = min(day.atTime(session.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
