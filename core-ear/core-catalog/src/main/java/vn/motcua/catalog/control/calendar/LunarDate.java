package vn.motcua.catalog.control.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): lunar year (the Gregorian year in which its first day,
 * Tết, falls), month 1–12, day 1–30, and whether the month is the leap month (tháng nhuận) that repeats month
 * {@code month}.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1..30: " + day);
        }
    }

    /** A day of an ordinary (non-leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
