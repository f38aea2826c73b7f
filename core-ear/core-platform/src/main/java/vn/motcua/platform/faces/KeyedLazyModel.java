package vn.motcua.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What every lazy table of the portal shares: rows known by a stable key (selection, row expansion find a row of the
 * loaded page by it) and the single sort PrimeFaces asks for, as a field name and a direction.
 *
 * @param <T> the row type
 */
public abstract class KeyedLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** How to read the row key; serializable so that view-scoped beans holding the model can be passivated. */
    public interface Key<T> extends Function<T, Object>, Serializable {}

    /** The sort asked for: a field name ({@code null} for none) and its direction. */
    protected record Sort(String field, boolean ascending) {}

    private final Key<T> key;

    protected KeyedLazyModel(Key<T> key) {
        this.key = key;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }

    /** The first sort of the table (single sort mode), ascending unless it says descending. */
    protected static Sort sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return new Sort(null, true);
        }
        SortMeta sort = sortBy.values().iterator().next();
        return new Sort(sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
    }
}
