package vn.motcua.platform.paging;

import java.util.Map;

/**
 * One page of a list as a screen asks for it: where it starts, how many rows, the sort and the filters typed into
 * the column headers. Facades translate it into one count query and one page query in the database.
 *
 * @param sortField a field name the facade allows sorting on, or {@code null} for its default order
 * @param filters field name to the text typed (blank values are ignored)
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    public PageRequest sortedBy(String field, boolean ascending) {
        return new PageRequest(first, size, field, ascending, filters);
    }

    public PageRequest filteredBy(Map<String, Object> more) {
        var all = new java.util.HashMap<>(filters);
        all.putAll(more);
        return new PageRequest(first, size, sortField, ascending, all);
    }

    /** The trimmed text filter for a field, or {@code null} when none was typed. */
    public String text(String field) {
        Object value = filters.get(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public Object value(String field) {
        return filters.get(field);
    }
}
