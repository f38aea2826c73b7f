package vn.motcua.reporting.control.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The one rule of a step handed on, as ReportFacts, FactsBackfill and the data generator apply it. */
class StepHandedOnTest {

    private static final LocalDateTime BEFORE = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void aNamedStepHandedOnByAnOfficerOfAnAgencyAfterAnotherHandOverCounts() {
        assertThat(StepHandedOn.is("Thẩm định", 7L, 110L, BEFORE)).isTrue();
    }

    @Test
    void withoutItsStepNameOfficerAgencyOrAHandOverBeforeItDoesNot() {
        assertThat(StepHandedOn.is(null, 7L, 110L, BEFORE)).isFalse();
        assertThat(StepHandedOn.is("Thẩm định", null, 110L, BEFORE)).isFalse();
        assertThat(StepHandedOn.is("Thẩm định", 7L, null, BEFORE)).isFalse();
        assertThat(StepHandedOn.is("Thẩm định", 7L, 110L, null)).isFalse();
    }

    @Test
    void itsSqlFormTestsTheSameColumns() {
        assertThat(StepHandedOn.SQL_CONDITION)
                .contains("h.step_name is not null", "h.from_officer_id is not null", "h.from_agency_id is not null");
        assertThat(StepHandedOn.SQL_JOIN_PREVIOUS).contains("p.position = h.position - 1");
    }
}
