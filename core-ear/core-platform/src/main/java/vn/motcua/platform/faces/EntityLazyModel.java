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

    /** Counts what a request's filters let through, without reading a page (serializable, as {@link Query}). */
    public interface Counter extends java.io.Serializable {
        long count(PageRequest request);
    }

    /** A page query that may be handed the total {@link Counter} found for the same filters just before. */
    public interface CountedQuery<T> extends java.io.Serializable {
        Page<T> page(PageRequest request, Long knownTotal);
    }

    private final CountedQuery<T> query;
    private final Counter counter;
    private Map<String, Object> fixedFilters = Map.of();

    /** What the last {@link #count} counted (its filters and total), for the {@link #load} that follows it. */
    private transient Map<String, Object> countedFilters;

    private transient long countedTotal;

    public EntityLazyModel(Query<T> query, Key<T> key) {
        super(key);
        this.query = (request, knownTotal) -> query.apply(request);
        this.counter = null;
    }

    /**
     * A model whose table runs one count and one page per render: PrimeFaces calls {@link #count} and then {@link
     * #load} with the same filters, and the page is handed the total just counted instead of counting again (with
     * only a page query, the count had to read a page too, and the page counted again).
     */
    public EntityLazyModel(Counter counter, CountedQuery<T> query, Key<T> key) {
        super(key);
        this.query = query;
        this.counter = counter;
    }

    /** Filters set by the page outside the column headers (e.g. a "show deactivated" switch). */
    public void setFixedFilters(Map<String, Object> fixedFilters) {
        this.fixedFilters = Map.copyOf(fixedFilters);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PageRequest request = request(0, 1, Map.of(), filterBy);
        if (counter == null) {
            return (int) query.page(request, null).total();
        }
        countedTotal = counter.count(request);
        countedFilters = request.filters();
        return (int) countedTotal;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = request(first, pageSize, sortBy, filterBy);
        Long known = request.filters().equals(countedFilters) ? countedTotal : null;
        countedFilters = null;
        Page<T> page = query.page(request, known);
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
