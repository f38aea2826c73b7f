package vn.motcua.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * The plugins enabled for the signed-in officer, read once per request (menus and page guards ask many times per
 * page). Pages use it as {@code #{pluginsHere.enabled('licensing')}}.
 */
@Named
@RequestScoped
public class PluginsHere {

    @Inject
    PluginSwitches switches;

    @Inject
    CurrentUser currentUser;

    private Long officerId;
    private Set<String> enabled;

    public boolean enabled(String pluginId) {
        return ids().contains(pluginId);
    }

    public Set<String> ids() {
        Long me = currentUser.signedIn().map(SignedInUser::id).orElse(null);
        if (enabled == null || !java.util.Objects.equals(me, officerId)) {
            enabled = switches.enabledForMe();
            officerId = me;
        }
        return enabled;
    }
}
