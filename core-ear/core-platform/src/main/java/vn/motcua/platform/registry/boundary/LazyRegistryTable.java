package vn.motcua.platform.registry.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.motcua.spi.registry.RegistrySource;
import vn.motcua.spi.registry.RegistryTable;
import vn.motcua.spi.registry.RowKey;

/**
 * The PrimeFaces lazy model behind a plugin's {@link RegistryTable}: PrimeFaces asks for the count, then for the page
 * (one query each), both from the query the plugin's source gives at that moment. Serializable with its view: it keeps
 * the source, the key and the core service's client proxy (serializable: it finds the bean again after
 * deserialization).
 */
public class LazyRegistryTable<T> extends LazyDataModel<T> implements RegistryTable<T> {
    private static final long serialVersionUID = 1L;

    private final RegistrySource<T> source;
    private final RowKey<T> key;
    private final CoreRegistries registries;

    LazyRegistryTable(CoreRegistries registries, RegistrySource<T> source, RowKey<T> key) {
        this.registries = registries;
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(registries.count(source.query()), Integer.MAX_VALUE);
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
        return registries.rows(source.query(), first, pageSize, sortField, ascending);
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
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }

    @Override
    public void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }
}
