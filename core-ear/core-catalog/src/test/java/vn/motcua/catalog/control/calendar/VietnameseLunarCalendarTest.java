package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết of lunar year {0} is {1}")
    @CsvSource({
        "1968, 1968-01-29", // Tết Mậu Thân: Vietnam (UTC+7) a day before China
        "1985, 1985-01-21", // Vietnam 21 Jan, China 20 Feb
        "2007, 2007-02-17", // Vietnam 17 Feb, China 18 Feb
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2029, 2029-02-13",
        "2030, 2030-02-02", // new moon 23:07 at UTC+7 on 2 Feb: China (UTC+8) has 3 Feb
        "2053, 2053-02-18", // Vietnam 18 Feb, China 19 Feb
        "2031, 2031-01-23",
    })
    void tetIsTheFirstDayOfTheFirstLunarMonthAtUtcPlus7(int lunarYear, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.newYear(lunarYear)).isEqualTo(tet);
        assertThat(VietnameseLunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(lunarYear, 1, 1));
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({
        "2020, 2020-04-02",
        "2021, 2021-04-21",
        "2022, 2022-04-10",
        "2023, 2023-04-29", // after the leap 2nd month of 2023
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26",
        "2027, 2027-04-16",
    })
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int lunarYear, LocalDate date) {
        assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(lunarYear, 3, 10)))
                .isEqualTo(date);
    }

    @ParameterizedTest(name = "lunar year {0} has leap month {1}")
    @CsvSource({"2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5"})
    void leapMonthsFallWhereThePublishedCalendarPutsThem(int lunarYear, int leapMonth) {
        assertThat(VietnameseLunarCalendar.leapMonth(lunarYear)).isEqualTo(OptionalInt.of(leapMonth));
    }

    @ParameterizedTest(name = "lunar year {0} has no leap month")
    @CsvSource({"2021", "2022", "2024", "2026", "2027"})
    void ordinaryYearsHaveNoLeapMonth(int lunarYear) {
        assertThat(VietnameseLunarCalendar.leapMonth(lunarYear)).isEmpty();
    }

    @Test
    void theLeapSecondMonthOf2023FollowsTheOrdinarySecondMonth() {
        LocalDate second = VietnameseLunarCalendar.toSolar(LunarDate.of(2023, 2, 1));
        LocalDate leapSecond = VietnameseLunarCalendar.toSolar(new LunarDate(2023, 2, 1, true));
        assertThat(second).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(leapSecond).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 4, 1)))
                .isEqualTo(new LunarDate(2023, 2, 11, true));
    }

    @Test
    void theLeapSixthMonthOf2025() {
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(2025, 6, 1, true)))
                .isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void aLeapMonthThatTheYearDoesNotHaveIsRejected() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2024, 2, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2025, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayFrom1900To2100ConvertsBackToItself() {
        LocalDate day = LocalDate.of(1900, 2, 1);
        LunarDate previous = VietnameseLunarCalendar.toLunar(day.minusDays(1));
        while (day.getYear() <= 2100) {
            LunarDate lunar = VietnameseLunarCalendar.toLunar(day);
            assertThat(VietnameseLunarCalendar.toSolar(lunar)).as("%s", day).isEqualTo(day);
            if (lunar.day() == 1) {
                assertThat(previous.day()).as("month before %s", day).isIn(29, 30);
            } else {
                assertThat(lunar.day()).as("%s", day).isEqualTo(previous.day() + 1);
                assertThat(lunar.month()).isEqualTo(previous.month());
                assertThat(lunar.leapMonth()).isEqualTo(previous.leapMonth());
            }
            previous = lunar;
            day = day.plusDays(1);
        }
    }

    @Test
    void tetFallsBetween20JanuaryAnd21FebruaryAndNoLunarYearEndsInDecember() {
        for (int year = 1900; year <= 2100; year++) {
            LocalDate tet = VietnameseLunarCalendar.newYear(year);
            assertThat(tet.getYear()).isEqualTo(year);
            assertThat(tet).isBetween(LocalDate.of(year, Month.JANUARY, 20), LocalDate.of(year, Month.FEBRUARY, 21));
        }
    }
}
