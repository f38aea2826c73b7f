package vn.motcua.spi.report;

import java.util.List;

/**
 * A report a plugin offers, rendered and exported (Excel) by the core's report screen. A bean of the plugin's JAR
 * (qualified by the core with the plugin's {@code @Plugin("id")}, see {@link vn.motcua.spi.Plugin}).
 *
 * <p>What the core guarantees: it lists the report only to officers holding {@link #permission()} whose agency has
 * the plugin enabled, and calls {@link #run} in a read-only transaction on the request thread with the officer's
 * security context and the agencies in their scope. The provider must filter by those agencies (a department's data
 * is never visible to another department's officers) and aggregate in the database.
 *
 * @since 0.1.0
 */
public interface ReportProvider {

    /** Unique within the plugin, used in the report's address, e.g. {@code licences-by-month}. */
    String id();

    /** Message key of the report's title. */
    String titleKey();

    /** The permission that opens the report, under the plugin's prefix. */
    String permission();

    /** The columns, in order. */
    List<ReportColumn> columns();

    /** Runs the report for a period and a scope. */
    ReportTable run(ReportParameters parameters);
}
