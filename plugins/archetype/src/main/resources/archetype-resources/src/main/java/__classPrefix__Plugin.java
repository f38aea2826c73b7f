package ${package};

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.registry.SearchColumn;

/**
 * The ${pluginId} plugin: ${title} (procedure ${procedureCode}). Its one id names everything it adds: pages under
 * {@code /p/${pluginId}/}, message keys {@code ${pluginId}.}, tables {@code ${tablePrefix}_}, permissions
 * {@code ${pluginId}:}, the migration history table {@code flyway_history_${pluginId.replace('-', '_')}}.
 */
@Plugin(${classPrefix}Plugin.ID)
@ApplicationScoped
public class ${classPrefix}Plugin implements DepartmentPlugin {

    public static final String ID = "${pluginId}";

    /** Opens the registry page. */
    public static final String REGISTRY_VIEW = ID + ":registry:view";

    /** Opens the monthly report. */
    public static final String REPORT_VIEW = ID + ":report:view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return ID + ".title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> permissions() {
        return List.of(REGISTRY_VIEW, REPORT_VIEW);
    }

    /** The registry's folded search column, filled by the core on rows written before it (the demo data's). */
    @Override
    public List<SearchColumn<?>> searchColumns() {
        return List.of(SearchColumn.of(${classPrefix}Application.class, ${classPrefix}Application::foldSearchText));
    }
}
