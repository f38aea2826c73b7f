package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} working days = {1} of working time")
    @CsvSource({"0, PT0S", "0.5, PT4H", "1, PT8H", "1.5, PT12H", "3, PT24H", "2.50, PT20H"})
    void budgetsAreWholeOrHalfDaysOfEightHours(String days, Duration workingTime) {
        assertThat(WorkingDays.of(days).toWorkingTime(WorkingHours.DEFAULT)).isEqualTo(workingTime);
    }

    @Test
    void onlyHalvesAreAccepted() {
        assertThatThrownBy(() -> WorkingDays.of("1.25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepBudgetsAddUp() {
        WorkingDays total = WorkingDays.sum(List.of(WorkingDays.of("0.5"), WorkingDays.of(2), WorkingDays.of("1.5")));
        assertThat(total).isEqualTo(WorkingDays.of(4));
        assertThat(total.days()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(WorkingDays.ofHalves(3)).hasToString("1.5 working days");
    }
}
