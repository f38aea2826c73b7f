package vn.motcua.platform.plugin.control;

import jakarta.enterprise.inject.spi.Bean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/**
 * Reads a {@link PluginDescriptor} from a {@code DepartmentPlugin} bean and its instance. Used by the boot check in
 * {@link PluginInstallation} and by the registry, so both see the same facts.
 */
public final class PluginReader {

    private final ClassLoader loader;
    private final Map<String, String> vietnamese;
    private final Map<String, String> english;

    /** @param loader the application's class loader, which sees every plugin JAR's message bundles */
    public PluginReader(ClassLoader loader) {
        this.loader = loader;
        this.vietnamese = Messages.load("vi", loader);
        this.english = Messages.load("en", loader);
    }

    public PluginDescriptor read(Bean<?> bean, DepartmentPlugin plugin) {
        return new PluginDescriptor(
                plugin.id(),
                qualifierId(bean),
                plugin.minCoreVersion(),
                plugin.requiredPlugins(),
                plugin.permissions(),
                shipsMessages(bean.getBeanClass(), "vi"),
                shipsMessages(bean.getBeanClass(), "en"),
                vietnamese.containsKey(plugin.titleKey()) && english.containsKey(plugin.titleKey()),
                plugin.migrationLocation(),
                source(bean.getBeanClass()),
                plugin.coreVersionLimit(),
                unlabelled(plugin.permissions()));
    }

    /**
     * The message key of a plugin permission's words, as the plugins and role screens look it up: {@code
     * idp:report:view} → {@code idp.permission.report.view}. A plugin's whole set ({@code idp:*}) has the core's words
     * and needs none.
     */
    public static String permissionKey(String permission) {
        return permission.replaceFirst(":", ".permission.").replace(':', '.');
    }

    /** Each permission whose key is missing in a language, to that language: {@code idp:report:view → "en"}. */
    private Map<String, String> unlabelled(List<String> permissions) {
        var missing = new LinkedHashMap<String, String>();
        for (String permission : permissions) {
            if (permission.endsWith(":*") || permission.indexOf(':') < 0) {
                continue;
            }
            String key = permissionKey(permission);
            var languages = new ArrayList<String>();
            if (!vietnamese.containsKey(key)) {
                languages.add("vi");
            }
            if (!english.containsKey(key)) {
                languages.add("en");
            }
            if (!languages.isEmpty()) {
                missing.put(permission, String.join(", ", languages));
            }
        }
        return missing;
    }

    /** "the class in the JAR": the last part of the class's code source, e.g. {@code licensing-0.1.0.jar}. */
    static String source(Class<?> type) {
        var codeSource = type.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            return type.getName();
        }
        String path = stripProtocol(codeSource.getLocation().toExternalForm());
        return type.getName() + " in " + path.substring(path.lastIndexOf('/') + 1);
    }

    /** The id in the bean's {@code @Plugin} qualifier, or null. */
    public static String qualifierId(Bean<?> bean) {
        return qualifierId(bean.getQualifiers());
    }

    /** The id in the {@code @Plugin} among {@code qualifiers}, or null. */
    public static String qualifierId(Set<Annotation> qualifiers) {
        return qualifiers.stream()
                .filter(Plugin.class::isInstance)
                .map(q -> ((Plugin) q).value())
                .findFirst()
                .orElse(null);
    }

    private boolean shipsMessages(Class<?> beanClass, String language) {
        var codeSource = beanClass.getProtectionDomain().getCodeSource();
        if (codeSource == null) {
            return false;
        }
        String jar = codeSource.getLocation().toExternalForm();
        try {
            for (URL url : Collections.list(loader.getResources(Messages.RESOURCE_PATTERN.formatted(language)))) {
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
}
