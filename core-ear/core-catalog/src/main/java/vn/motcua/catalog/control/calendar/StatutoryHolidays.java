package vn.motcua.catalog.control.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes a year's holidays under the Labour Code 2019, art. 112, for an admin to confirm or edit (the government
 * fixes the real Tết span and the swapped days each year). Lunar holidays come from {@link VietnameseLunarCalendar};
 * there is no table of dates.
 *
 * <p>The proposal:
 *
 * <ul>
 *   <li>1 January, Tết Dương lịch (1 day);
 *   <li>Tết Nguyên đán (5 days): the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4 tháng
 *       Giêng;
 *   <li>Hùng Kings' commemoration, 10 tháng Ba (1 day);
 *   <li>30 April and 1 May (1 day each);
 *   <li>2 September plus one adjacent day, chosen to join the break to a weekend: 1 September when 2 September is a
 *       Tuesday (Sat–Tue), Friday (Thu–Sun) or Saturday (Fri–Mon with the compensatory Monday); otherwise 3
 *       September (Monday: Sat–Tue; Thursday: Thu–Sun; Sunday: Sat–Tue with the compensatory Tuesday; Wednesday:
 *       neither side reaches a weekend, the Thursday as in 2020). This matches the government's choice every year
 *       from 2021 to 2025;
 *   <li>every holiday day that falls on a Saturday or Sunday gives a compensatory day off (nghỉ bù) on the next
 *       weekday that is not already a holiday or day off (art. 112 §3), in date order.
 * </ul>
 *
 * A Tết span is assigned day by day to the Gregorian year it falls in, so a span crossing 31 December would be split
 * between the two proposals; the proposals of two adjacent years never overlap and together equal the proposal
 * computed over both (no such span occurs 1900–2100: Tết is never before 20 January).
 */
public final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    static final String REUNIFICATION = "Ngày Chiến thắng (30/4)";
    static final String LABOUR_DAY = "Ngày Quốc tế lao động (1/5)";
    static final String NATIONAL_DAY = "Quốc khánh (2/9)";
    static final String COMPENSATORY_PREFIX = "Nghỉ bù ";

    private StatutoryHolidays() {}

    /** The proposed holidays and compensatory days off of a Gregorian year, by date. */
    public static List<CalendarDay> propose(int year) {
        // Compute one year either side so that compensatory days and Tết spans near the year boundary come out the
        // same whichever year is asked for.
        List<CalendarDay> days = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            days.addAll(holidays(y));
        }
        return withCompensatoryDays(days).stream()
                .filter(day -> day.date().getYear() == year)
                .sorted()
                .toList();
    }

    /** The holidays themselves (no compensatory days) whose lunar or Gregorian year is {@code year}. */
    private static List<CalendarDay> holidays(int year) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(CalendarDay.holiday(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
        days.addAll(tet(year));
        days.add(CalendarDay.holiday(VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS));
        days.add(CalendarDay.holiday(LocalDate.of(year, Month.APRIL, 30), REUNIFICATION));
        days.add(CalendarDay.holiday(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        days.add(CalendarDay.holiday(nationalDay, NATIONAL_DAY));
        days.add(CalendarDay.holiday(nationalDayCompanion(nationalDay), NATIONAL_DAY));
        return days;
    }

    /** The five proposed days of Tết of a lunar year: its eve (last day of the previous lunar year) and mùng 1–4. */
    static List<CalendarDay> tet(int lunarYear) {
        LocalDate firstDay = VietnameseLunarCalendar.newYear(lunarYear);
        LocalDate eve = firstDay.minusDays(1);
        int eveDay = VietnameseLunarCalendar.toLunar(eve).day();
        List<CalendarDay> days = new ArrayList<>();
        days.add(CalendarDay.holiday(eve, TET + " (" + eveDay + " tháng Chạp)"));
        for (int i = 0; i < 4; i++) {
            days.add(CalendarDay.holiday(firstDay.plusDays(i), TET + " (mùng " + (i + 1) + " tháng Giêng)"));
        }
        return days;
    }

    /** The day added to 2 September: see the class comment. */
    static LocalDate nationalDayCompanion(LocalDate nationalDay) {
        DayOfWeek day = nationalDay.getDayOfWeek();
        boolean before = day == DayOfWeek.TUESDAY || day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
        return before ? nationalDay.minusDays(1) : nationalDay.plusDays(1);
    }

    /**
     * Adds a compensatory day off for each holiday on a Saturday or Sunday, and for a holiday that falls on the date
     * of another (Hùng Kings' day can meet 30 April): the holiday is kept once and the second one compensated.
     */
    private static List<CalendarDay> withCompensatoryDays(List<CalendarDay> holidays) {
        List<CalendarDay> sorted = holidays.stream().sorted().toList();
        Set<LocalDate> taken = new HashSet<>();
        List<CalendarDay> result = new ArrayList<>();
        List<CalendarDay> toCompensate = new ArrayList<>();
        for (CalendarDay holiday : sorted) {
            if (taken.add(holiday.date())) {
                result.add(holiday);
                if (WorkingCalendar.isWeekend(holiday.date())) {
                    toCompensate.add(holiday);
                }
            } else {
                toCompensate.add(holiday);
            }
        }
        for (CalendarDay holiday : toCompensate) {
            LocalDate replacement = holiday.date().plusDays(1);
            while (WorkingCalendar.isWeekend(replacement) || taken.contains(replacement)) {
                replacement = replacement.plusDays(1);
            }
            taken.add(replacement);
            result.add(CalendarDay.dayOff(replacement, COMPENSATORY_PREFIX + holiday.name()));
        }
        return result;
    }
}
