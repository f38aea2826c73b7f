package vn.motcua.platform.migration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema version each migration set reached at this deployment's boot: {@code core}, {@code demo}, and each
 * plugin by its id (the highest {@code V<n>} applied in its {@code flyway_history_<id_>}). Shown to admins next to each
 * plugin, so that after deploying a new version of a plugin they see its new migrations were applied.
 */
@ApplicationScoped
public class SchemaVersions {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** Records the version a set reached (null: the set has no migration yet). */
    public void reached(String set, String version) {
        if (version == null) {
            versions.remove(set);
        } else {
            versions.put(set, version);
        }
    }

    /** The version the set reached at boot, if it has migrations. */
    public Optional<String> of(String set) {
        return Optional.ofNullable(versions.get(set));
    }
}
