package vn.motcua.platform.faces;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;

/**
 * Connects a PrimeFaces lazy data table to a facade's paged query, so paging, sorting and filtering happen in the
 * database. The view holds the model; the facade does the query (with the agency scope).
 *
 * @param <T> the row type, which has a stable id
 */
public class EntityLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Serializable so that view-scoped beans holding the model can be passivated or replicated. */
    public interface Query<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {}

    /** How to read the row key; serializable for the same reason. */
    public interface Key<T> extends Function<T, Object>, java.io.Serializable {}

    private final Query<T> query;
    private final Key<T> key;
    private Map<String, Object> fixedFilters = Map.of();

    public EntityLazyModel(Query<T> query, Key<T> key) {
        this.query = query;
        this.key = key;
    }

    /** Filters set by the page outside the column headers (e.g. a "show deactivated" switch). */
    public void setFixedFilters(Map<String, Object> fixedFilters) {
        this.fixedFilters = Map.copyOf(fixedFilters);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.apply(request(0, 1, Map.of(), filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = query.apply(request(first, pageSize, sortBy, filterBy));
        setRowCount((int) page.total());
        return page.rows();
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

    private PageRequest request(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var filters = new HashMap<String, Object>(fixedFilters);
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, meta.getFilterValue());
            }
        });
        String sortField = null;
        boolean ascending = true;
        if (!sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new PageRequest(first, pageSize, sortField, ascending, filters);
    }
}
