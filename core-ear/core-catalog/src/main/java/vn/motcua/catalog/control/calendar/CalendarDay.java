package vn.motcua.catalog.control.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exceptional date of the working calendar, with the Vietnamese description an admin and an applicant read,
 * e.g. {@code 2026-02-17 HOLIDAY "Tết Nguyên đán (mùng 1 tháng Giêng)"} or {@code 2026-01-03 WORKING_DAY "Làm bù"}.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) implements Comparable<CalendarDay> {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name);
    }

    public static CalendarDay dayOff(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.DAY_OFF, name);
    }

    public static CalendarDay workingDay(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.WORKING_DAY, name);
    }

    /** Orders by date. */
    @Override
    public int compareTo(CalendarDay other) {
        return date.compareTo(other.date);
    }
}
