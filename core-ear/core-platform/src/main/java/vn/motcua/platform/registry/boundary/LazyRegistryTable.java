package vn.motcua.platform.registry.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import vn.motcua.platform.faces.KeyedLazyModel;
import vn.motcua.spi.registry.RegistrySource;
import vn.motcua.spi.registry.RegistryTable;
import vn.motcua.spi.registry.RowKey;

/**
 * The PrimeFaces lazy model behind a plugin's {@link RegistryTable}: PrimeFaces asks for the count, then for the page
 * (one query each), both from the query the plugin's source gives at that moment. Serializable with its view: it keeps
 * the source, the key and the core service's client proxy (serializable: it finds the bean again after
 * deserialization).
 */
public class LazyRegistryTable<T> extends KeyedLazyModel<T> implements RegistryTable<T> {
    private static final long serialVersionUID = 1L;

    private final RegistrySource<T> source;
    private final CoreRegistries registries;

    LazyRegistryTable(CoreRegistries registries, RegistrySource<T> source, RowKey<T> key) {
        super(key::of);
        this.registries = registries;
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(registries.count(source.query()), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Sort sort = sort(sortBy);
        return registries.rows(source.query(), first, pageSize, sort.field(), sort.ascending());
    }

    @Override
    public void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }
}
