package vn.motcua.spi.registry;

import java.io.OutputStream;

/**
 * The core's registry service. A plugin injects it ({@code @Inject Registries registries}) and hands it a
 * {@link RegistryQuery}; the core runs it in the database, kept to the agencies in the signed-in officer's scope (the
 * scope the core applies to dossiers: their agency and those below it), so a department never sees another's rows,
 * whatever the filter says. Nobody signed in, or an officer without {@link RegistryQuery#readableWith the
 * permission}: no row ({@code NotAuthorizedException} for the permission).
 *
 * <p>What the core guarantees: one count and one page query per page, sorting only on the query's
 * {@link RegistryQuery#sortable sortable} columns (anything else falls back to its default order), the id last so
 * pages are stable, at most 200 rows a page; exports read the same query a page of 500 rows at a time, detach each page
 * and write the workbook with POI's streaming writer, so neither the rows nor the sheet sit in memory whatever the
 * registry's size. Pages and counts join the caller's transaction (or start one); exports and downloads run in a
 * transaction of their own (they see what is committed), so detaching their pages never touches the caller's.
 *
 * @since 0.1.0
 */
public interface Registries {

    /** Rows a page may hold at most. */
    int MAX_PAGE_SIZE = 200;

    /** Rows an export reads per query. */
    int EXPORT_PAGE_SIZE = 500;

    /** A lazy table for a page: it asks {@code source} for the query on every request it loads. */
    <T> RegistryTable<T> table(RegistrySource<T> source, RowKey<T> key);

    /**
     * One page of rows.
     *
     * @param sortField a field the query declared {@link RegistryQuery#sortable sortable}, or {@code null}
     */
    <T> RegistryPage<T> page(RegistryQuery<T> query, int first, int size, String sortField, boolean ascending);

    /** How many rows the query matches in the officer's scope. */
    <T> long count(RegistryQuery<T> query);

    /** Writes every row the query matches (default order) as an .xlsx workbook to {@code out}. */
    <T> RegistryExport export(RegistryQuery<T> query, RegistrySheet<T> sheet, OutputStream out);

    /**
     * Writes the export to a temporary file and answers it as a download for {@code p:fileDownload}.
     *
     * @param fileName without extension, e.g. {@code "so-giay-phep"}: the core appends today's date and {@code .xlsx}
     */
    <T> RegistryFile download(String fileName, RegistryQuery<T> query, RegistrySheet<T> sheet);
}
