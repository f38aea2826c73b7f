package vn.motcua.spi.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a report is asked for.
 *
 * @param from first day of the period (inclusive)
 * @param to last day of the period (inclusive)
 * @param agencyIds the agencies the officer may see (their agency and every agency below it); never empty
 *
 * @since 0.1.0
 */
public record ReportParameters(LocalDate from, LocalDate to, Set<Long> agencyIds) {

    public ReportParameters {
        agencyIds = Set.copyOf(agencyIds);
    }
}
