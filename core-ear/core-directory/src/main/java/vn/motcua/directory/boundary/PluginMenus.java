package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/**
 * The menu entries of department plugins for the signed-in officer: only plugins enabled for their agency, only
 * entries whose permission they hold. The officers' template shows them as {@code #{pluginMenus.entries('BACK_OFFICE')}}.
 */
@Named
@ApplicationScoped
public class PluginMenus {

    @Inject
    @Any
    Instance<MenuContribution> contributions;

    @Inject
    PluginsHere pluginsHere;

    @Inject
    CurrentUser currentUser;

    public List<MenuEntry> entries(String area) {
        MenuArea wanted = MenuArea.valueOf(area);
        var entries = new ArrayList<MenuEntry>();
        for (Instance.Handle<MenuContribution> handle : contributions.handles()) {
            String pluginId = handle.getBean().getQualifiers().stream()
                    .filter(Plugin.class::isInstance)
                    .map(q -> ((Plugin) q).value())
                    .findFirst()
                    .orElse(null);
            if (pluginId == null || !pluginsHere.enabled(pluginId)) {
                continue;
            }
            handle.get().entries().stream()
                    .filter(e -> e.area() == wanted)
                    .filter(e -> e.permission() == null || currentUser.permitted(e.permission()))
                    .forEach(entries::add);
        }
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::labelKey));
        return entries;
    }
}
