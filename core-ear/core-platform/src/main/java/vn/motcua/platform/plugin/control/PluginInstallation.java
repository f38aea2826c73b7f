package vn.motcua.platform.plugin.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.spi.Plugin;

/**
 * The install switch of plugins. A plugin whose id is listed in the configuration key
 * {@code motcua.plugins.uninstalled} (comma separated; a JVM option, an environment variable
 * {@code MOTCUA_PLUGINS_UNINSTALLED}, or microprofile-config.properties) is not installed: every bean it marks with
 * {@link Plugin} is vetoed at boot, so the core and other plugins never see it. The per-agency switch, which takes
 * effect at once, is data and lives elsewhere.
 */
public class PluginInstallation implements Extension {

    public static final String UNINSTALLED_KEY = "motcua.plugins.uninstalled";

    private static final Logger LOG = Logger.getLogger(PluginInstallation.class.getName());

    private Set<String> uninstalled;

    <T> void vetoUninstalled(@Observes @WithAnnotations(Plugin.class) ProcessAnnotatedType<T> event) {
        Plugin plugin = event.getAnnotatedType().getAnnotation(Plugin.class);
        if (plugin != null && uninstalled().contains(plugin.value())) {
            LOG.info(() -> "Plugin '" + plugin.value() + "' is uninstalled by configuration; vetoing "
                    + event.getAnnotatedType().getJavaClass().getName());
            event.veto();
        }
    }

    private Set<String> uninstalled() {
        if (uninstalled == null) {
            uninstalled = parse(ConfigProvider.getConfig()
                    .getOptionalValue(UNINSTALLED_KEY, String.class)
                    .orElse(""));
        }
        return uninstalled;
    }

    /** The ids of a comma-separated list, e.g. the value of {@value #UNINSTALLED_KEY}. */
    public static Set<String> parse(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
