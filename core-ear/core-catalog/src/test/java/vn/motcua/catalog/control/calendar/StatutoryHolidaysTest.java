package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryHolidaysTest {

    private static String line(CalendarDay day) {
        return day.date() + " " + day.kind() + " " + day.name();
    }

    @Test
    void proposalFor2026() {
        assertThat(StatutoryHolidays.propose(2026))
                .extracting(StatutoryHolidaysTest::line)
                .containsExactly(
                        "2026-01-01 HOLIDAY Tết Dương lịch",
                        "2026-02-16 HOLIDAY Tết Nguyên đán (29 tháng Chạp)",
                        "2026-02-17 HOLIDAY Tết Nguyên đán (mùng 1 tháng Giêng)",
                        "2026-02-18 HOLIDAY Tết Nguyên đán (mùng 2 tháng Giêng)",
                        "2026-02-19 HOLIDAY Tết Nguyên đán (mùng 3 tháng Giêng)",
                        "2026-02-20 HOLIDAY Tết Nguyên đán (mùng 4 tháng Giêng)",
                        "2026-04-26 HOLIDAY Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                        "2026-04-27 DAY_OFF Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                        "2026-04-30 HOLIDAY Ngày Chiến thắng (30/4)",
                        "2026-05-01 HOLIDAY Ngày Quốc tế lao động (1/5)",
                        "2026-09-02 HOLIDAY Quốc khánh (2/9)",
                        "2026-09-03 HOLIDAY Quốc khánh (2/9)");
    }

    @Test
    void tetOnAWeekendGivesCompensatoryDaysAfterTheTetSpan() {
        // Tết 2024 began on Saturday 10 February: eve Friday 9 (30 tháng Chạp) to Tuesday 13.
        assertThat(StatutoryHolidays.propose(2024))
                .filteredOn(day -> day.date().getMonthValue() == 2)
                .extracting(StatutoryHolidaysTest::line)
                .containsExactly(
                        "2024-02-09 HOLIDAY Tết Nguyên đán (30 tháng Chạp)",
                        "2024-02-10 HOLIDAY Tết Nguyên đán (mùng 1 tháng Giêng)",
                        "2024-02-11 HOLIDAY Tết Nguyên đán (mùng 2 tháng Giêng)",
                        "2024-02-12 HOLIDAY Tết Nguyên đán (mùng 3 tháng Giêng)",
                        "2024-02-13 HOLIDAY Tết Nguyên đán (mùng 4 tháng Giêng)",
                        "2024-02-14 DAY_OFF Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng)",
                        "2024-02-15 DAY_OFF Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng)");
    }

    @Test
    void theEveOfTetIsTheLastDayOfTheLunarYear29Or30() {
        assertThat(StatutoryHolidays.tet(2024).get(0).name()).contains("30 tháng Chạp");
        assertThat(StatutoryHolidays.tet(2025).get(0).name()).contains("29 tháng Chạp");
        for (int year = 1901; year <= 2100; year++) {
            CalendarDay eve = StatutoryHolidays.tet(year).get(0);
            LunarDate lunar = VietnameseLunarCalendar.toLunar(eve.date());
            assertThat(lunar.month()).isEqualTo(12);
            assertThat(lunar.year()).isEqualTo(year - 1);
            assertThat(VietnameseLunarCalendar.toLunar(eve.date().plusDays(1))).isEqualTo(LunarDate.of(year, 1, 1));
        }
    }

    @Test
    void newYearOnASundayIsCompensatedOnMonday() {
        assertThat(StatutoryHolidays.propose(2023))
                .extracting(StatutoryHolidaysTest::line)
                .startsWith("2023-01-01 HOLIDAY Tết Dương lịch", "2023-01-02 DAY_OFF Nghỉ bù Tết Dương lịch");
    }

    @Test
    void thirtiethOfAprilAndFirstOfMayOnAWeekendAreCompensatedOnMondayAndTuesday() {
        assertThat(StatutoryHolidays.propose(2022))
                .filteredOn(day -> day.date().getMonthValue() == 5)
                .extracting(StatutoryHolidaysTest::line)
                .containsExactly(
                        "2022-05-01 HOLIDAY Ngày Quốc tế lao động (1/5)",
                        "2022-05-02 DAY_OFF Nghỉ bù Ngày Chiến thắng (30/4)",
                        "2022-05-03 DAY_OFF Nghỉ bù Ngày Quốc tế lao động (1/5)");
    }

    @Test
    void hungKingsDayFallingOn30AprilIsKeptOnceAndCompensated() {
        // 10/3 lunar 1947 was 30 April (a Wednesday): two holidays on one date give one day off more.
        assertThat(StatutoryHolidays.propose(1947))
                .filteredOn(day -> day.date().getMonthValue() == 4 || day.date().getMonthValue() == 5)
                .extracting(day -> day.date() + " " + day.kind())
                .containsExactly("1947-04-30 HOLIDAY", "1947-05-01 HOLIDAY", "1947-05-02 DAY_OFF");
    }

    @ParameterizedTest(name = "{0}: 2/9 on {1}, proposed break {2}")
    @CsvSource({
        "2021, THURSDAY, 2021-09-02 2021-09-03", // as decided: Thu–Fri, then the weekend
        "2022, FRIDAY, 2022-09-01 2022-09-02", // as decided: Thu–Fri, then the weekend
        "2023, SATURDAY, 2023-09-01 2023-09-02 2023-09-04", // as decided: Fri–Mon
        "2024, MONDAY, 2024-09-02 2024-09-03", // as decided: Sat–Tue
        "2025, TUESDAY, 2025-09-01 2025-09-02", // as decided: Sat–Tue
        "2026, WEDNESDAY, 2026-09-02 2026-09-03", // like 2020: Wed–Thu
        "2027, THURSDAY, 2027-09-02 2027-09-03",
        "2029, SUNDAY, 2029-09-02 2029-09-03 2029-09-04", // Sat–Tue with the compensatory Tuesday
    })
    void nationalDayTakesTheAdjacentDayThatJoinsAWeekend(int year, DayOfWeek weekday, String expected) {
        assertThat(LocalDate.of(year, 9, 2).getDayOfWeek()).isEqualTo(weekday);
        assertThat(StatutoryHolidays.propose(year))
                .filteredOn(day -> day.date().getMonthValue() == 9)
                .extracting(day -> day.date().toString())
                .containsExactly(expected.split(" "));
    }

    @Test
    void everyProposalFrom1950To2100HasTheStatutoryDaysAndCompensatesEveryWeekendHoliday() {
        for (int year = 1950; year <= 2100; year++) {
            List<CalendarDay> days = StatutoryHolidays.propose(year);
            WorkingCalendar calendar = WorkingCalendar.of(days); // no date twice
            List<CalendarDay> holidays =
                    days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).toList();
            List<CalendarDay> daysOff =
                    days.stream().filter(d -> d.kind() == DayKind.DAY_OFF).toList();
            long onWeekends = holidays.stream()
                    .filter(d -> WorkingCalendar.isWeekend(d.date()))
                    .count();
            assertThat(holidays.size() + daysOff.size() - onWeekends)
                    .as("%d: 11 statutory days, each not on a weekday replaced by a day off", year)
                    .isEqualTo(11);
            assertThat(daysOff).allSatisfy(d -> assertThat(WorkingCalendar.isWeekend(d.date()))
                    .isFalse());
            int proposedYear = year;
            assertThat(days).allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(proposedYear));
            assertThat(days).noneMatch(d -> calendar.isWorkingDay(d.date()));
        }
    }

    @Test
    void noTetSpanCrossesTheYearEndFrom1900To2100() {
        for (int lunarYear = 1901; lunarYear <= 2100; lunarYear++) {
            List<CalendarDay> tet = StatutoryHolidays.tet(lunarYear);
            assertThat(tet).extracting(d -> d.date().getYear()).containsOnly(lunarYear);
        }
    }

    @Test
    void adjacentYearsProposeConsistentCalendars() {
        for (int year = 2000; year < 2100; year++) {
            List<CalendarDay> both = new ArrayList<>(StatutoryHolidays.propose(year));
            both.addAll(StatutoryHolidays.propose(year + 1));
            WorkingCalendar.of(both); // no date proposed by both years
            List<CalendarDay> yearAfterSeenFromNext = StatutoryHolidays.propose(year + 1);
            List<CalendarDay> tetOfNextYear = StatutoryHolidays.tet(year + 1);
            assertThat(yearAfterSeenFromNext).containsAll(tetOfNextYear);
            assertThat(StatutoryHolidays.propose(year)).doesNotContainAnyElementsOf(tetOfNextYear);
        }
    }
}
