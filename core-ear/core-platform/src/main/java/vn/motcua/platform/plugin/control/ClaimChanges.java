package vn.motcua.platform.plugin.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to write so that the stored claims (national code → plugin id) match this boot: every code an installed plugin
 * claims belongs to that plugin (inserted, or moved from another plugin); a stored claim of a plugin uninstalled by
 * configuration stays, so its procedures stay its own; any other stored claim is released (its plugin is installed but
 * no longer claims the code, or is gone from the build), and the procedure becomes an ordinary one.
 *
 * @param claim codes to insert or move, with their plugin
 * @param release codes whose claim is deleted
 * @param result every claim after the change
 */
public record ClaimChanges(Map<String, String> claim, Set<String> release, Map<String, String> result) {

    /**
     * @param stored the claims in the database
     * @param installed the claims of the installed plugins, as their handlers declare them now
     * @param uninstalled the ids of the plugins uninstalled by configuration
     */
    public static ClaimChanges between(
            Map<String, String> stored, Map<String, String> installed, Set<String> uninstalled) {
        var claim = new HashMap<String, String>();
        installed.forEach((code, plugin) -> {
            if (!plugin.equals(stored.get(code))) {
                claim.put(code, plugin);
            }
        });
        var release = new TreeSet<String>();
        var result = new HashMap<>(installed);
        stored.forEach((code, plugin) -> {
            if (installed.containsKey(code)) {
                return;
            }
            if (uninstalled.contains(plugin)) {
                result.put(code, plugin);
            } else {
                release.add(code);
            }
        });
        return new ClaimChanges(Map.copyOf(claim), Set.copyOf(release), Map.copyOf(result));
    }

    public boolean none() {
        return claim.isEmpty() && release.isEmpty();
    }
}
