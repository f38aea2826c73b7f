package vn.motcua.spi.registry;

import java.io.Serializable;

/**
 * A lazy table of a registry, made by {@link Registries#table}. The object is a PrimeFaces {@code LazyDataModel}: bind
 * it as the value of a {@code p:dataTable lazy="true"}. Each request runs one count and one page query, in the
 * database, with the scope, the permission check and the sort whitelist of its {@link RegistryQuery}; a sort the
 * query does not name falls back to its default order. Keep it in a view-scoped field (it is serializable).
 *
 * @param <T> the row type
 * @since 0.1.0
 */
public interface RegistryTable<T> extends Serializable {

    /**
     * Shows the first page the next time the table renders: call it from the action that applies a new filter.
     *
     * @param tableId the table's id as {@code UIViewRoot.findComponent} takes it, e.g. {@code "registry:table"}
     */
    void firstPage(String tableId);
}
