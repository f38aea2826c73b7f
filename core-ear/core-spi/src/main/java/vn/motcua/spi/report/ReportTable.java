package vn.motcua.spi.report;

import java.util.List;

/**
 * A report's rows, each a list of values in the order of the provider's columns (a value may be {@code null}).
 *
 * @param rows the rows
 * @param totals an optional last row of totals ({@code null} when the report has none)
 *
 * @since 0.1.0
 */
public record ReportTable(List<List<Object>> rows, List<Object> totals) {

    public ReportTable {
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        totals = totals == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
    }
}
