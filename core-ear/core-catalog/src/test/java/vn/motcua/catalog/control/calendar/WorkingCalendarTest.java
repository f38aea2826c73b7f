package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 9, 2); // Wednesday
    private static final LocalDate COMPENSATORY = LocalDate.of(2026, 9, 4); // Friday
    private static final LocalDate SWAPPED_SATURDAY = LocalDate.of(2026, 9, 12);

    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(
            CalendarDay.holiday(NATIONAL_DAY, "Quốc khánh (2/9)"),
            CalendarDay.dayOff(COMPENSATORY, "Nghỉ bù"),
            CalendarDay.workingDay(SWAPPED_SATURDAY, "Làm bù cho ngày 4/9")));

    @ParameterizedTest(name = "{0} is worked: {1}")
    @CsvSource({
        "2026-08-31, true", // Monday
        "2026-09-01, true", // Tuesday
        "2026-09-02, false", // holiday
        "2026-09-03, true", // Thursday
        "2026-09-04, false", // compensatory day off
        "2026-09-05, false", // Saturday
        "2026-09-06, false", // Sunday
        "2026-09-12, true", // Saturday worked in exchange (làm bù)
        "2026-09-13, false", // Sunday
    })
    void mondayToFridayAreWorkedExceptHolidaysAndDaysOffAndSwappedWeekendDaysAreWorked(LocalDate date, boolean worked) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(worked);
    }

    @Test
    void theNextWorkingDaySkipsWeekendsHolidaysAndDaysOff() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 3))).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 11))).isEqualTo(SWAPPED_SATURDAY);
        assertThat(calendar.workingDayOnOrAfter(NATIONAL_DAY)).isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void workingDaysAreCountedAndAddedOverHolidaysDaysOffAndSwappedSaturdays() {
        // Mon 31/8 .. Mon 14/9: 1/9, 3/9, 7-11/9, 12/9 (làm bù), 14/9 = 9; not 2/9, 4/9
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 14)))
                .isEqualTo(9);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14)))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 1)))
                .isZero();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 31), 9)).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 1), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(calendar.plusWorkingDays(NATIONAL_DAY, 0)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 3), 0)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThatThrownBy(() -> calendar.plusWorkingDays(NATIONAL_DAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachExceptionKeepsItsVietnameseName() {
        assertThat(calendar.exception(NATIONAL_DAY)).map(CalendarDay::name).contains("Quốc khánh (2/9)");
        assertThat(calendar.exception(LocalDate.of(2026, 9, 1))).isEmpty();
        assertThat(calendar.exceptions(2026))
                .extracting(CalendarDay::date)
                .containsExactly(NATIONAL_DAY, COMPENSATORY, SWAPPED_SATURDAY);
        assertThat(calendar.exceptions(2027)).isEmpty();
    }

    @Test
    void aDateCannotHaveTwoEntries() {
        assertThatThrownBy(() -> WorkingCalendar.of(
                        List.of(CalendarDay.holiday(NATIONAL_DAY, "a"), CalendarDay.dayOff(NATIONAL_DAY, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdminEditReplacesTheEntryOfTheSameDate() {
        WorkingCalendar edited = calendar.with(List.of(CalendarDay.workingDay(COMPENSATORY, "đi làm")));
        assertThat(edited.isWorkingDay(COMPENSATORY)).isTrue();
        assertThat(calendar.isWorkingDay(COMPENSATORY))
                .as("the original is unchanged")
                .isFalse();
    }

    @Test
    void aCalendarWithoutAnyWorkingDayIsReportedNotLoopedOver() {
        List<CalendarDay> everyDay = LocalDate.of(2026, 1, 1)
                .datesUntil(LocalDate.of(2037, 1, 1))
                .map(d -> CalendarDay.dayOff(d, "x"))
                .toList();
        assertThatThrownBy(() -> WorkingCalendar.of(everyDay).nextWorkingDay(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
