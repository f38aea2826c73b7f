package vn.motcua.platform.faces;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;

/**
 * Connects a PrimeFaces lazy data table to a facade's paged query, so paging, sorting and filtering happen in the
 * database. The view holds the model; the facade does the query (with the agency scope).
 *
 * @param <T> the row type, which has a stable id
 */
public class EntityLazyModel<T> extends KeyedLazyModel<T> {
    private static final long serialVersionUID = 1L;

    /** Serializable so that view-scoped beans holding the model can be passivated or replicated. */
    public interface Query<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {}

    private final Query<T> query;
    private Map<String, Object> fixedFilters = Map.of();

    public EntityLazyModel(Query<T> query, Key<T> key) {
        super(key);
        this.query = query;
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

    private PageRequest request(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var filters = new HashMap<String, Object>(fixedFilters);
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, meta.getFilterValue());
            }
        });
        Sort sort = sort(sortBy);
        return new PageRequest(first, pageSize, sort.field(), sort.ascending(), filters);
    }
}
