package vn.motcua.platform.plugin.control;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Named;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.spi.Plugin;

/**
 * Which plugin each archive (JAR) belongs to: the archive of a plugin's {@code DepartmentPlugin} class is that plugin's,
 * and so is every class in it. This is how a plugin's own beans belong to it without naming its id: the core reads the
 * owner from the class's archive (see {@link PluginInstallation}). An archive that holds the {@code DepartmentPlugin}
 * classes of two different ids belongs to neither (its classes then belong to the plugin their own {@code @Plugin}
 * names, as before); classes of an archive with no plugin class (the core's, a library's) belong to no plugin.
 */
public final class PluginArchives {

    /** The value of an archive holding two plugins' classes. */
    private static final String SHARED = "";

    private final Map<Path, String> owners = new ConcurrentHashMap<>();

    /** Records that {@code pluginClass}, the {@code DepartmentPlugin} of plugin {@code id}, comes from its archive. */
    public void plugin(Class<?> pluginClass, String id) {
        Path archive = PluginNameCheck.archiveOf(pluginClass);
        if (archive != null && id != null) {
            owners.merge(archive, id, (known, added) -> known.equals(added) ? known : SHARED);
        }
    }

    /** The id of the plugin whose archive holds {@code type}, or null. */
    public String idOf(Class<?> type) {
        if (type == null || owners.isEmpty()) {
            return null;
        }
        Path archive = PluginNameCheck.archiveOf(type);
        String id = archive == null ? null : owners.get(archive);
        return id == null || id.equals(SHARED) ? null : id;
    }

    /**
     * The qualifiers of a bean class of plugin {@code id} that has {@code qualifiers}: these plus {@code @Plugin(id)}
     * when it does not name it (the core finds the plugin's beans by it), and {@code @Default} when it has no qualifier
     * of its own besides {@code @Plugin}, {@code @Named} and {@code @Any}, so the plugin injects its own beans plainly
     * ({@code @Inject LicenceFinder finder}). A class qualified otherwise keeps its qualifier's meaning. (The whole set
     * is given back: CDI drops {@code @Default} from a bean whose qualifiers are added one by one.)
     */
    public static Set<Annotation> qualifiersOf(String id, Set<Annotation> qualifiers) {
        var all = new LinkedHashSet<>(qualifiers);
        if (qualifiers.stream().noneMatch(Plugin.class::isInstance)) {
            all.add(Plugin.Literal.of(id));
        }
        boolean ownQualifier = qualifiers.stream()
                .map(Annotation::annotationType)
                .anyMatch(type ->
                        type != Plugin.class && type != Named.class && type != Any.class && type != Default.class);
        if (!ownQualifier) {
            all.add(Default.Literal.INSTANCE);
        }
        return all;
    }

    /** The problem of a class in plugin {@code id}'s archive that names another plugin in its qualifier. */
    public static String foreignQualifier(String id, Class<?> type, String named) {
        return "Plugin '" + id + "': " + PluginReader.source(type) + " is qualified @Plugin(\"" + named
                + "\"), but a class in a plugin's JAR belongs to that plugin; remove the qualifier (or name '" + id
                + "').";
    }
}
