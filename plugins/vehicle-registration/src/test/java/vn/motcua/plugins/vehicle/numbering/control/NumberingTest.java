package vn.motcua.plugins.vehicle.numbering.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Each series counts in its own series of the core's numbering, per agency and year. */
class NumberingTest {

    @Test
    void eachSeriesAsksTheCoreForItsOwnSeries() {
        var asked = new ArrayList<String>();
        var numbering = new Numbering();
        numbering.numbers = (series, agencyId, year) -> {
            asked.add(series + " " + agencyId + " " + year);
            return asked.size();
        };
        assertThat(numbering.next(130L, Series.LICENCE, 2026)).isEqualTo(1);
        assertThat(numbering.next(130L, Series.BADGE, 2026)).isEqualTo(2);
        assertThat(asked)
                .as("what V2 copied the old counter rows to")
                .containsExactly("vehicle-registration.LICENCE 130 2026", "vehicle-registration.BADGE 130 2026");
    }
}
