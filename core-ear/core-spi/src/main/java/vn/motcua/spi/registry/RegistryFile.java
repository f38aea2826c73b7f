package vn.motcua.spi.registry;

import java.io.OutputStream;

/**
 * An exported registry ready to download, made by {@link Registries#download}. The object is a PrimeFaces
 * {@code StreamedContent}: bind it as the value of {@code p:fileDownload}. The workbook was written before this
 * returns (to a temporary file, deleted once sent), so a failure shows as a message on the page, never as half a file.
 *
 * @since 0.1.0
 */
public interface RegistryFile {

    /** The file name the browser saves, e.g. {@code so-giay-phep-20270115.xlsx}. */
    String fileName();

    /** How many rows the workbook holds (headings, title and total lines excluded). */
    long rows();

    /**
     * Sends the workbook to a stream, e.g. a servlet's response, and deletes the temporary file: once only (where the
     * page sends it with {@code p:fileDownload}, the core does that).
     *
     * @throws java.io.UncheckedIOException if the stream fails
     */
    void writeTo(OutputStream out);
}
