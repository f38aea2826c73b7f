#set( $bean = "${classPrefix.substring(0,1).toLowerCase()}${classPrefix.substring(1)}" )
package ${package}.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.Plugin;

/** Backs {@code /p/${pluginId}/registry.xhtml}: the search box and the lazy table (paged in the database). */
@Named("${bean}RegistryView")
@ViewScoped
@Plugin(${classPrefix}Plugin.ID)
public class ${classPrefix}RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    @Plugin(${classPrefix}Plugin.ID)
    ${classPrefix}Registry registry;

    private String search;
    private final LazyDataModel<${classPrefix}Application> model = new Model();

    public void checkAccess() {
        registry.checkAccess();
    }

    /** Applies the search from the first page. */
    public void find() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("registry:table") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<${classPrefix}Application> getModel() {
        return model;
    }

    /** The table's rows, read page by page from the registry with the search box's text. */
    private class Model extends LazyDataModel<${classPrefix}Application> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.page(search, 0, 1, null, true).total();
        }

        @Override
        public List<${classPrefix}Application> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            ${classPrefix}Registry.Page page = registry.page(
                    search,
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(${classPrefix}Application row) {
            return String.valueOf(row.getId());
        }
    }
}
