package vn.motcua.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import vn.motcua.platform.health.control.DatabaseUnavailable;
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

    /**
     * While the database cannot be reached: none, for the rest of the request (each menu entry asks: one failed read,
     * not one per entry). The officers' menus ask while Faces rebuilds a form's view on its post (its {@code
     * c:forEach}), before the form's action: a failure there answered with the error page instead of the form's own
     * "try again" with what was typed kept (fault-tests.sh form).
     */
    public Set<String> ids() {
        Long me = currentUser.signedIn().map(SignedInUser::id).orElse(null);
        if (enabled == null || !java.util.Objects.equals(me, officerId)) {
            try {
                enabled = switches.enabledForMe();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causes(e)) {
                    throw e;
                }
                enabled = Set.of();
            }
            officerId = me;
        }
        return enabled;
    }
}
