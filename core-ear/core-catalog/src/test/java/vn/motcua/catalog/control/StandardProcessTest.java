package vn.motcua.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.catalog.entity.StepAction;

class StandardProcessTest {

    @ParameterizedTest(name = "{0} days -> {1} steps")
    @CsvSource({"0.5,1", "1,2", "1.5,3", "2,3", "3,3", "7,3", "15,3", "45,3"})
    void stepBudgetsAddUpToTheStatutoryTimeAndTheLastStepApproves(String days, int steps) {
        var process = StandardProcess.forDays(new BigDecimal(days));

        assertThat(process).hasSize(steps);
        assertThat(process.stream().map(StandardProcess.Step::days).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(days);
        assertThat(process).allSatisfy(step -> assertThat(step.days()).isGreaterThanOrEqualTo(new BigDecimal("0.5")));
        assertThat(process.get(process.size() - 1).actions()).contains(StepAction.APPROVE);
    }
}
