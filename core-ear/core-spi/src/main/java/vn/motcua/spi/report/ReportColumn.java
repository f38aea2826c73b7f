package vn.motcua.spi.report;

/**
 * One column of a plugin report.
 *
 * @param titleKey message key of the column's heading
 * @param type how the core formats and exports its values
 *
 * @since 0.1.0
 */
public record ReportColumn(String titleKey, ColumnType type) {

    /** Value types the core knows how to show and export. */
    public enum ColumnType {
        /** {@link String} */
        TEXT,
        /** {@link Long} or {@link Integer} */
        INTEGER,
        /** {@link java.math.BigDecimal}: amounts of money in đồng */
        MONEY,
        /** {@link java.time.LocalDate} */
        DATE
    }
}
