package vn.motcua.platform.registry.boundary;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;
import vn.motcua.spi.registry.RegistryFile;

/**
 * A written export as PrimeFaces' {@link StreamedContent}: the workbook is already complete in a temporary file, sent
 * as it is read and deleted when the response closes the stream.
 */
final class RegistryDownload implements RegistryFile, StreamedContent {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String name;
    private final Path file;
    private final long rows;

    RegistryDownload(String name, Path file, long rows) {
        this.name = name;
        this.file = file;
        this.rows = rows;
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void writeTo(OutputStream out) {
        try (InputStream in = getStream().get()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getContentType() {
        return XLSX;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public Long getContentLength() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Supplier<InputStream> getStream() {
        return () -> {
            try {
                return new FilterInputStream(Files.newInputStream(file)) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            Files.deleteIfExists(file);
                        }
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Consumer<OutputStream> getWriter() {
        return null;
    }
}
