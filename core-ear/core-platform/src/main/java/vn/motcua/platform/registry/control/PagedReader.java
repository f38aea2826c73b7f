package vn.motcua.platform.registry.control;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a query a page at a time and hands each page on, so that an export of any size holds one page of rows: it
 * stops at the first page shorter than the page size.
 */
public final class PagedReader {

    /** Reads the rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> read(int first, int size);
    }

    private PagedReader() {}

    /** Answers how many rows were read. */
    public static <T> long readAll(int pageSize, Page<T> page, Consumer<List<T>> sink) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        long read = 0;
        for (int first = 0; ; first += pageSize) {
            List<T> rows = page.read(first, pageSize);
            if (!rows.isEmpty()) {
                sink.accept(rows);
            }
            read += rows.size();
            if (rows.size() < pageSize) {
                return read;
            }
        }
    }
}
