package vn.motcua.platform.paging;

import java.util.List;

/** One page of rows and the number of rows matching the filters in all. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
