package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A bean of the dormant plugin that names no plugin: it is the plugin's by its JAR, so it goes with the uninstalled
 * plugin. Were it kept, its injection point (the vetoed plugin bean) would be unsatisfied and the deployment fail.
 */
@ApplicationScoped
public class DormantHelper {

    @Inject
    DormantPlugin plugin;

    public String pluginId() {
        return plugin.id();
    }
}
