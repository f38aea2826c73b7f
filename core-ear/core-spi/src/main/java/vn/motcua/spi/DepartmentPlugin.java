package vn.motcua.spi;

import java.util.List;
import java.util.Set;
import vn.motcua.spi.registry.SearchColumn;

/**
 * The one bean that describes a department plugin. Exactly one per plugin, qualified with {@link Plugin} carrying
 * the same id as {@link #id()}: the one class of a plugin that names its id. Every other class in the same JAR is the
 * plugin's by that (see {@link Plugin}).
 *
 * <p>What the core guarantees: it validates every installed plugin once, at deployment, before it serves a request
 * (unique id, core version, required plugins present, message bundles in Vietnamese and English, permissions under
 * the plugin's prefix) and refuses to deploy with a message naming the plugin and the problem. It then runs the
 * plugin's database migrations from {@link #migrationLocation()} with the history table
 * {@code flyway_history_<id>}, after the core's and after those of the plugins it requires, before any JPA access.
 * The methods here are called at boot on the deploying thread and must be cheap and side-effect free; the bean is
 * created and read before the schema is migrated, so neither its creation nor these methods may touch the database.
 *
 * @since 0.1.0
 */
public interface DepartmentPlugin {

    /** The stable id, equal to the {@link Plugin} qualifier's value. */
    String id();

    /**
     * Message key of the plugin's title, e.g. {@code licensing.title}. Every JAR, core or plugin, ships its messages
     * as {@code META-INF/motcua/messages_vi.properties} and {@code messages_en.properties} (UTF-8), keys prefixed with
     * its id; the core merges them into one bundle and checks at boot that the plugin's JAR has both files.
     */
    String titleKey();

    /** The oldest core version this plugin runs on, e.g. {@code 0.1}. Compared numerically, part by part. */
    String minCoreVersion();

    /**
     * The first core version this plugin does NOT run on: the plugin supports {@code minCoreVersion() <= core <
     * coreVersionLimit()}, and the deployment is refused outside that range. By default the next version that may
     * break the SPI under semantic versioning: the next major ({@code 2.3} → {@code 3}), or, while the major is 0, the
     * next minor ({@code 0.1} → {@code 0.2}). A plugin tested on a newer core widens it.
     *
     * @since 0.1.0
     */
    default String coreVersionLimit() {
        String[] parts = minCoreVersion().split("\\.");
        int major = Integer.parseInt(parts[0].replaceAll("\\D.*", ""));
        if (major > 0) {
            return (major + 1) + ".0";
        }
        int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
        return "0." + (minor + 1);
    }

    /** Ids of plugins that must be installed for this one to work; their migrations run first. */
    default Set<String> requiredPlugins() {
        return Set.of();
    }

    /** Permissions the plugin declares, each starting with {@code <id>:}, e.g. {@code licensing:licence:revoke}. */
    default List<String> permissions() {
        return List.of();
    }

    /**
     * The folded search columns of the plugin's entities (see {@link vn.motcua.spi.registry.SearchColumn}): the core
     * fills each one's rows that are still empty when the portal starts, so rows written before the column existed are
     * found too.
     *
     * @since 0.1.0
     */
    default List<SearchColumn<?>> searchColumns() {
        return List.of();
    }

    /** Class-path folder of the plugin's Flyway migrations. Default: {@code db/migration/plugins/<id>}. */
    default String migrationLocation() {
        return "db/migration/plugins/" + id();
    }
}
