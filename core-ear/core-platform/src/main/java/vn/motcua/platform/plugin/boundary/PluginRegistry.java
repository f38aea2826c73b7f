package vn.motcua.platform.plugin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.platform.CoreVersion;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.plugin.control.PluginDescriptor;
import vn.motcua.platform.plugin.control.PluginValidation;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/**
 * The installed department plugins, as CDI finds them. Validated once at boot ({@link #validate()}); a broken plugin
 * stops the deployment with a message naming it and the problem.
 */
@ApplicationScoped
public class PluginRegistry {

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    private List<PluginDescriptor> installed = List.of();

    /** Reads and checks every installed plugin; throws {@link PluginRejectedException} listing all problems. */
    public void validate() {
        var descriptors = new ArrayList<PluginDescriptor>();
        Map<String, String> vietnamese = Messages.load("vi", loader());
        Map<String, String> english = Messages.load("en", loader());
        for (Instance.Handle<DepartmentPlugin> handle : plugins.handles()) {
            DepartmentPlugin plugin = handle.get();
            Class<?> beanClass = handle.getBean().getBeanClass();
            String qualifierId = handle.getBean().getQualifiers().stream()
                    .filter(Plugin.class::isInstance)
                    .map(q -> ((Plugin) q).value())
                    .findFirst()
                    .orElse(null);
            descriptors.add(new PluginDescriptor(
                    plugin.id(),
                    qualifierId,
                    plugin.minCoreVersion(),
                    plugin.requiredPlugins(),
                    plugin.permissions(),
                    shipsMessages(beanClass, "vi"),
                    shipsMessages(beanClass, "en"),
                    vietnamese.containsKey(plugin.titleKey()) && english.containsKey(plugin.titleKey()),
                    plugin.migrationLocation()));
        }
        List<String> problems = PluginValidation.problems(descriptors, CoreVersion.current());
        if (!problems.isEmpty()) {
            throw new PluginRejectedException(problems);
        }
        installed = PluginValidation.startOrder(descriptors);
    }

    /** Installed plugins, each after the plugins it requires. */
    public List<PluginDescriptor> installed() {
        return installed;
    }

    public Optional<PluginDescriptor> find(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The plugin's title in the given locale. */
    public String title(String id, Locale locale) {
        DepartmentPlugin plugin = plugins.select(Plugin.Literal.of(id)).get();
        return Messages.text(locale, plugin.titleKey());
    }

    private static boolean shipsMessages(Class<?> beanClass, String language) {
        var codeSource = beanClass.getProtectionDomain().getCodeSource();
        if (codeSource == null) {
            return false;
        }
        String jar = codeSource.getLocation().toExternalForm();
        try {
            for (URL url : Collections.list(loader().getResources(Messages.RESOURCE_PATTERN.formatted(language)))) {
                if (url.toExternalForm().contains(stripProtocol(jar))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripProtocol(String location) {
        String path = location.replaceFirst("^[a-z]+:", "").replaceFirst("!/?$", "");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
