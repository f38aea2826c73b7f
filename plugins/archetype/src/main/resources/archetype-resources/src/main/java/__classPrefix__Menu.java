package ${package};

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/** The registry in the back office menu, for officers holding its permission where the plugin is enabled. */
@ApplicationScoped
public class ${classPrefix}Menu implements MenuContribution {

    public static final String REGISTRY_PAGE = "/p/" + ${classPrefix}Plugin.ID + "/registry.xhtml";

    private static final List<MenuEntry> ENTRIES = List.of(new MenuEntry(
            MenuArea.BACK_OFFICE,
            ${classPrefix}Plugin.ID + ".menu.registry",
            REGISTRY_PAGE,
            ${classPrefix}Plugin.REGISTRY_VIEW,
            "pi pi-book",
            50));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
