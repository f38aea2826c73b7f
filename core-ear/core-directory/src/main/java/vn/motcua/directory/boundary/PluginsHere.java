package vn.motcua.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The plugins enabled for the signed-in officer, read once per request (menus and page guards ask many times per
 * page). Pages use it as {@code #{pluginsHere.enabled('licensing')}}.
 */
@Named
@RequestScoped
public class PluginsHere {

    @Inject
    PluginSwitches switches;

    private Set<String> enabled;

    public boolean enabled(String pluginId) {
        return ids().contains(pluginId);
    }

    public Set<String> ids() {
        if (enabled == null) {
            enabled = switches.enabledForMe();
        }
        return enabled;
    }
}
