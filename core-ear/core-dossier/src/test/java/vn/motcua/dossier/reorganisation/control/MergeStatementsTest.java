package vn.motcua.dossier.reorganisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge is a fixed list of set-based statements, bound to positional markers in order. */
class MergeStatementsTest {

    @Test
    void namesBecomeMarkersWithTheirValuesInOrder() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 9, 0);
        var bound = MergeStatements.bind(
                "INSERT INTO t (a, b, c) SELECT x, :C, :NOW FROM t WHERE y IN (:S) AND z <> :C AND w = :BY",
                List.of(1L, 2L, 3L),
                9L,
                now,
                "admin");
        assertThat(bound.sql())
                .isEqualTo("INSERT INTO t (a, b, c) SELECT x, ?, ? FROM t WHERE y IN (?, ?, ?) AND z <> ? AND w = ?");
        assertThat(bound.values()).containsExactly(9L, now, 1L, 2L, 3L, 9L, "admin");
    }

    @Test
    void everyStatementIsSetBasedAndTouchesOnlyTheSourcesOrTheTarget() {
        assertThat(MergeStatements.MOVE).allSatisfy(sql -> {
            assertThat(sql).contains("(:S)");
            assertThat(sql)
                    .doesNotContainIgnoringCase("procedure_version_id = ?")
                    .doesNotContain("dossier_id = ?");
        });
    }

    @Test
    void inFlightDossiersAloneChangeAgencyClosedOnesKeepTheirHistory() {
        assertThat(MergeStatements.MOVE.stream().filter(s -> s.startsWith("UPDATE dossier ")))
                .hasSize(1)
                .allSatisfy(s -> assertThat(s).contains(MergeStatements.OPEN));
        assertThat(MergeStatements.MOVE).noneMatch(s -> s.contains("hand_over") || s.contains(" code"));
    }

    @Test
    void theSourcesStayAsSucceededByTheTarget() {
        assertThat(MergeStatements.MOVE.get(MergeStatements.MOVE.size() - 1))
                .contains("successor_id = :C")
                .contains("active = 0");
    }
}
