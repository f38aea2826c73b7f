package vn.motcua.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeLeftTest {

    /** Working days of 8 hours (480 minutes), as the engine reports them: days rounded to two decimals. */
    @ParameterizedTest
    @CsvSource({
        "18.70, 8976, 18, 6, false", // 18 days and 5.6 hours: "còn 18 ngày 6 giờ", not "còn 18,7 ngày"
        "10.00, 4800, 10, 0, false",
        "1.13, 540, 1, 1, false",
        "0.50, 240, 0, 4, false",
        "0.01, 5, 0, 1, false", // a few minutes: at least one hour shown
        "-2.25, -1080, 2, 2, true",
        "3.99, 1916, 4, 0, false" // 3 days and 7.9 hours round to 4 whole days
    })
    void wholeWorkingDaysAndHours(BigDecimal days, long minutes, long wholeDays, long hours, boolean late) {
        assertThat(WorkingTimeLeft.of(days, minutes)).isEqualTo(new WorkingTimeLeft(wholeDays, hours, late));
    }
}
