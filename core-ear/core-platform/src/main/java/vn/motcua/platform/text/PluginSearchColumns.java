package vn.motcua.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.registry.SearchColumn;

/**
 * At start, after every migration, fills the folded search columns the installed plugins declare
 * ({@link DepartmentPlugin#searchColumns()}) on rows that have none yet: rows written before a plugin's migration
 * added the column, or by SQL. The same back-fill as the core's own columns ({@link SearchBackfill}).
 */
@ApplicationScoped
public class PluginSearchColumns {

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    @Inject
    SearchBackfill backfill;

    void fill(@Observes PlatformStarted started) {
        fillEmpty();
    }

    /** Fills every declared column's empty rows now; how many rows were filled. */
    public long fillEmpty() {
        long filled = 0;
        for (DepartmentPlugin plugin : plugins) {
            for (SearchColumn<?> column : plugin.searchColumns()) {
                filled += fill(column);
            }
        }
        return filled;
    }

    private <T> long fill(SearchColumn<T> column) {
        return backfill.fill(column.entity(), column.attribute(), column.fill());
    }
}
