package vn.motcua.plugins.vehicle.registry.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Connects a PrimeFaces lazy table to one of the {@link Registry}'s paged lookups: the table asks for a page and a
 * sort, the facade answers from the database. (The core's own model lives outside the SPI, hence this small twin.)
 *
 * @param <T> the row type
 */
public class RegistryLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** The facade call; serializable because the view holding the model is. */
    @FunctionalInterface
    public interface Query<T> extends Serializable {
        Registry.Page<T> page(int first, int size, String sortField, boolean ascending);
    }

    /** The row's stable key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Query<T> query;
    private final Key<T> key;

    public RegistryLazyModel(Query<T> query, Key<T> key) {
        this.query = query;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.page(0, 1, null, true).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Registry.Page<T> page = query.page(first, pageSize, sortField, ascending);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
