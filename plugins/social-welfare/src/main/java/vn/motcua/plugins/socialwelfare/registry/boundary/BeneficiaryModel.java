package vn.motcua.plugins.socialwelfare.registry.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The registry table's lazy model: each page is one query of {@link Registry#page} (paging, sorting and filtering
 * in the database, within the officer's scope). The filter comes from the page's toolbar.
 */
public class BeneficiaryModel extends LazyDataModel<BeneficiaryRow> {
    private static final long serialVersionUID = 1L;

    /** Serializable, so the view-scoped page holding the model can be passivated. */
    public interface FilterSource extends Supplier<RegistryFilter>, java.io.Serializable {}

    private final Registry registry;
    private final FilterSource filter;

    public BeneficiaryModel(Registry registry, FilterSource filter) {
        this.registry = registry;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) registry.page(filter.get(), 0, 1, null, true).total();
    }

    @Override
    public List<BeneficiaryRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = false;
        if (!sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Registry.Page page = registry.page(filter.get(), first, pageSize, field, ascending);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(BeneficiaryRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public BeneficiaryRow getRowData(String rowKey) {
        List<BeneficiaryRow> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
