#set( $bean = "${classPrefix.substring(0,1).toLowerCase()}${classPrefix.substring(1)}" )
package ${package}.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryTable;

/**
 * Backs {@code /p/${pluginId}/registry.xhtml}: the search box, the core's lazy table over
 * {@link ${classPrefix}Registry#query} (paged in the database, in the officer's scope) and its Excel export.
 */
@Named("${bean}RegistryView")
@ViewScoped
public class ${classPrefix}RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ${classPrefix}Registry registry;

    @Inject
    Registries registries;

    private String search;
    private RegistryTable<${classPrefix}Application> model;

    @PostConstruct
    void init() {
        // the table asks for the query on every request: it reads the search box's current text
        model = registries.table(() -> ${classPrefix}Registry.query(search), ${classPrefix}Application::getId);
    }

    public void checkAccess() {
        registry.checkAccess();
    }

    /** Applies the search from the first page. */
    public void find() {
        model.firstPage("registry:table");
    }

    public RegistryFile getExport() {
        return registry.export(search);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public RegistryTable<${classPrefix}Application> getModel() {
        return model;
    }
}
