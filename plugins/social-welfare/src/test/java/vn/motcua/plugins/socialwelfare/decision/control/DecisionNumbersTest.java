package vn.motcua.plugins.socialwelfare.decision.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Decision numbers are counted by the core in the plugin's one series, per deciding agency and year. */
class DecisionNumbersTest {

    @Test
    void theRunningNumberComesFromTheCoresDecisionSeriesOfTheAgencyAndYear() {
        var asked = new ArrayList<String>();
        var numbers = new DecisionNumbers();
        numbers.numbers = (series, agencyId, year) -> {
            asked.add(series + " " + agencyId + " " + year);
            return 45;
        };
        assertThat(numbers.next(151L, 2026)).isEqualTo(45);
        assertThat(asked)
                .as("what V2 copied the old counter rows to")
                .containsExactly("social-welfare.decision 151 2026");
        assertThat(DecisionNumbers.format(45, "UBND")).isEqualTo("45/QĐ-UBND");
    }
}
