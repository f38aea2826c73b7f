package vn.motcua.platform.plugin.control;

import jakarta.enterprise.inject.spi.Bean;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.platform.plugin.control.PluginNames.Declared;
import vn.motcua.platform.plugin.control.PluginNames.DeclaredEntity;

/**
 * Gathers, while CDI announces the beans, what {@link PluginNames} checks: every EL name, and the archives of the
 * application's beans. A bean or entity belongs to the plugin whose {@code DepartmentPlugin} class comes from the same
 * archive (JAR), so a plugin's own classes need no qualifier to be counted as its; every other one is the core's.
 * The core's entities are read from the archives of the core's beans (its own JARs, not the libraries'), to catch a
 * plugin entity named like one of them.
 */
final class PluginNameCheck {

    /** The core's own classes (and the plugins'): libraries such as PrimeFaces are not read for entities. */
    private static final String CORE_PACKAGES = "vn.motcua.";

    private record Named(Class<?> type, String name) {}

    private final List<Named> named = new ArrayList<>();
    private final Set<Path> applicationArchives = new LinkedHashSet<>();

    void collect(Bean<?> bean) {
        Class<?> type = bean.getBeanClass();
        if (bean.getName() != null) {
            named.add(new Named(type, bean.getName()));
        }
        if (type.getName().startsWith(CORE_PACKAGES)
                && type.getClassLoader() == PluginNameCheck.class.getClassLoader()) {
            Path archive = archiveOf(type);
            if (archive != null) {
                applicationArchives.add(archive);
            }
        }
    }

    /** The naming problems, given the plugin beans ({@code DepartmentPlugin}) and their ids. */
    List<String> problems(Map<Class<?>, String> pluginIds) {
        var owners = new LinkedHashMap<Path, String>();
        pluginIds.forEach((type, id) -> {
            Path archive = archiveOf(type);
            if (archive != null && id != null) {
                owners.putIfAbsent(archive, id);
            }
        });
        var elNames = new ArrayList<Declared>();
        for (Named bean : named) {
            elNames.add(
                    new Declared(owners.get(archiveOf(bean.type())), bean.type().getName(), bean.name()));
        }
        var entities = new ArrayList<DeclaredEntity>();
        var archives = new LinkedHashSet<>(applicationArchives);
        archives.addAll(owners.keySet());
        for (Path archive : archives) {
            entities.addAll(PluginEntities.in(archive, owners.get(archive), loaderOf(owners, archive, pluginIds)));
        }
        var problems = new ArrayList<>(PluginNames.elProblems(elNames));
        problems.addAll(PluginNames.entityProblems(entities));
        return problems;
    }

    private static ClassLoader loaderOf(Map<Path, String> owners, Path archive, Map<Class<?>, String> pluginIds) {
        if (owners.containsKey(archive)) {
            for (Class<?> type : pluginIds.keySet()) {
                if (archive.equals(archiveOf(type))) {
                    return type.getClassLoader();
                }
            }
        }
        return PluginNameCheck.class.getClassLoader();
    }

    /** The JAR or classes folder a class was loaded from, or null. */
    static Path archiveOf(Class<?> type) {
        var codeSource = type.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(codeSource.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
