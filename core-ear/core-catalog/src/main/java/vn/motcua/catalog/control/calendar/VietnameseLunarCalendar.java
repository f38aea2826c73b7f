package vn.motcua.catalog.control.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Converts between Gregorian dates and the Vietnamese lunar calendar, computed astronomically for Vietnam's time
 * zone (UTC+7), which is what the government's calendar uses.
 *
 * <p>The rules: a lunar month begins on the local day (UTC+7) of a new moon; month 11 is the month containing the
 * winter solstice; a lunar year with 13 months (13 new moons between two months 11) has a leap month, the first
 * month after month 11 that contains no major solar term (no multiple of 30° of solar longitude begins in it).
 * Because the day boundary is taken at UTC+7 and not UTC+8, some years differ from the Chinese calendar (Tết 1985
 * was 21 January in Vietnam, 20 February in China; Tết 2007 was 17 February in Vietnam, 18 in China).
 *
 * <p>Attribution: this follows the method published by Hồ Ngọc Đức ("Computing the Vietnamese lunar calendar",
 * and his "Âm lịch Việt Nam" programs), whose astronomy is that of Jean Meeus, <em>Astronomical Algorithms</em>
 * (Willmann-Bell, 1998): mean new moon with periodic corrections and ΔT (ch. 49), and the Sun's apparent longitude
 * with the equation of centre (ch. 25). Written from the published formulas; no tables of dates. Accurate for
 * 1900–2100, the range our tests cover against the published calendar.
 *
 * <p>Pure functions, thread-safe, no state.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's time zone in hours east of UTC. */
    static final double TIME_ZONE = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the new moon k = 0 of the series (1900-01-01 13:52 UT). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2440588; // 1970-01-01

    private VietnameseLunarCalendar() {}

    /** The lunar date of a Gregorian date. */
    public static LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        // The mean lunation gives a first guess; the true new moon can be some hours off it either way.
        long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        long monthStart = newMoonDay(k);
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (diff >= leapOffset) {
                month = diff + 10;
                leap = diff == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if {@code lunar} names a leap month that year does not have, or a day 30 of a
     *     month of 29 days
     */
    public static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = month11(lunar.year() - 1);
            b11 = month11(lunar.year());
        } else {
            a11 = month11(lunar.year());
            b11 = month11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset - 2, 12);
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException(lunar + ": that year has no such leap month");
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new IllegalArgumentException(lunar + ": that year has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        LocalDate result = fromJulianDay(monthStart + lunar.day() - 1);
        if (!toLunar(result).equals(lunar)) {
            throw new IllegalArgumentException(lunar + " does not exist (the month has 29 days)");
        }
        return result;
    }

    /** Tết: the Gregorian date of the first day of the first month of the given lunar year. */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear, 1, 1));
    }

    /** The leap month of a lunar year (the number of the month it repeats), empty in a year of 12 months. */
    public static OptionalInt leapMonth(int lunarYear) {
        LocalDate day = newYear(lunarYear);
        LocalDate next = newYear(lunarYear + 1);
        while (day.isBefore(next)) {
            LunarDate lunar = toLunar(day);
            if (lunar.leapMonth()) {
                return OptionalInt.of(lunar.month());
            }
            day = day.plusDays(28);
        }
        return OptionalInt.empty();
    }

    // --- astronomy -------------------------------------------------------------------------------------------

    /** The local (UTC+7) day number of the k-th new moon after the epoch. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Julian date (UT) of the k-th new moon after 1900-01-01 (Meeus ch. 49, reduced series). */
    private static double newMoon(long k) {
        double t = k / 1236.85; // Julian centuries from 1900-01-01
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * dr)
                + 0.0021 * Math.sin(2 * dr * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * dr)
                + 0.0161 * Math.sin(dr * 2 * moonAnomaly)
                - 0.0004 * Math.sin(dr * 3 * moonAnomaly)
                + 0.0104 * Math.sin(dr * 2 * latitude)
                - 0.0051 * Math.sin(dr * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(dr * (sunAnomaly - moonAnomaly))
                + 0.0004 * Math.sin(dr * (2 * latitude + sunAnomaly))
                - 0.0004 * Math.sin(dr * (2 * latitude - sunAnomaly))
                - 0.0006 * Math.sin(dr * (2 * latitude + moonAnomaly))
                + 0.0010 * Math.sin(dr * (2 * latitude - moonAnomaly))
                + 0.0005 * Math.sin(dr * (2 * moonAnomaly + sunAnomaly));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c - deltaT;
    }

    /** Which 30° sector (0..11) the Sun's apparent longitude is in at the start of the local day. */
    private static int sunLongitudeSector(long dayNumber) {
        double jdn = dayNumber - 0.5 - TIME_ZONE / 24;
        double t = (jdn - 2451545.0) / 36525; // Julian centuries from J2000.0
        double t2 = t * t;
        double dr = Math.PI / 180;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * meanAnomaly)
                + 0.000290 * Math.sin(dr * 3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * dr;
        longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** Day number of the start of lunar month 11 (the month of the winter solstice) of Gregorian year {@code year}. */
    private static long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long start = newMoonDay(k);
        if (sunLongitudeSector(start) >= 9) {
            start = newMoonDay(k - 1);
        }
        return start;
    }

    /** How many months after month 11 (starting at {@code a11}) the leap month comes, in a 13-month year. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunLongitudeSector(newMoonDay(k + i));
        int previous;
        do {
            previous = sector;
            i++;
            sector = sunLongitudeSector(newMoonDay(k + i));
        } while (sector != previous && i < 14);
        return i - 1;
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH_DAY_0);
    }
}
