package vn.motcua.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.control.FactsBackfill;
import vn.motcua.reporting.control.MonthSnapshots;

/** Both servers of a cluster run the report jobs at the same minute. */
class ReportJobsTest {

    @Test
    void aBatchThatCollidesWithTheOtherServersLeavesTheRunToItQuietly() {
        var jobs = new ReportJobs();
        List<YearMonth> frozen = new ArrayList<>();
        jobs.backfill = new FactsBackfill() {
            @Override
            public int fillMissing(int batch, LocalDateTime now) {
                // what the container throws when the batch's commit fails on the facts' primary key
                throw new EJBException("Unique index or primary key violation: PRIMARY KEY ON REPORT_DOSSIER");
            }
        };
        jobs.snapshots = new MonthSnapshots() {
            @Override
            public boolean freeze(YearMonth month, LocalDateTime now) {
                frozen.add(month);
                return true;
            }
        };

        assertThat(jobs.run(LocalDateTime.of(2026, 12, 7, 10, 23))).isZero();
        assertThat(frozen)
                .as("the other server freezes the months after its facts")
                .isEmpty();
    }
}
