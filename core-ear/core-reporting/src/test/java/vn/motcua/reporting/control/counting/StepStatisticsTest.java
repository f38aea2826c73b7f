package vn.motcua.reporting.control.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.calendar.Timeliness;

/** Per-step performance: handled, on-time share, average, nearest-rank 90th percentile. */
class StepStatisticsTest {

    @Test
    void tenStepsGiveTheirAverageAndNinetiethPercentile() {
        StepStatistics s = new StepStatistics();
        for (int h = 1; h <= 10; h++) {
            s.add(Duration.ofHours(h), h <= 8 ? Timeliness.ON_TIME : Timeliness.LATE);
        }
        assertThat(s.handled()).isEqualTo(10);
        assertThat(s.onTimeShare()).isEqualTo(80.0);
        assertThat(s.average()).isEqualTo(Duration.ofMinutes(330));
        assertThat(s.percentile90()).isEqualTo(Duration.ofHours(9));
        assertThat(StepStatistics.hours(Duration.ofMinutes(330))).isEqualTo(5.5);
    }

    @Test
    void stepsWithoutVerdictCountAsHandledButNotJudged() {
        StepStatistics s =
                new StepStatistics().add(Duration.ofHours(2), null).add(Duration.ofHours(4), Timeliness.EARLY);
        assertThat(s.handled()).isEqualTo(2);
        assertThat(s.onTimeShare()).isEqualTo(100.0);
        assertThat(s.percentile90()).isEqualTo(Duration.ofHours(4));
        assertThat(new StepStatistics().onTimeShare()).isNull();
        assertThat(new StepStatistics().percentile90()).isZero();
    }
}
