package vn.motcua.platform.plugin.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.platform.CoreVersion;

/**
 * The rules an installed plugin must pass before the portal deploys, and the order in which plugins start. Pure
 * logic over {@link PluginDescriptor}s; every problem is a sentence that names the plugin.
 */
public final class PluginValidation {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private PluginValidation() {}

    public static List<String> problems(List<PluginDescriptor> plugins, String coreVersion) {
        var problems = new ArrayList<String>();
        Map<String, Long> counts =
                plugins.stream().collect(Collectors.groupingBy(PluginDescriptor::id, Collectors.counting()));
        counts.forEach((id, count) -> {
            if (count > 1) {
                String sources = plugins.stream()
                        .filter(p -> id != null && id.equals(p.id()))
                        .map(PluginDescriptor::source)
                        .sorted()
                        .collect(Collectors.joining(" and "));
                problems.add("Plugin '" + id + "': the id is used by " + count + " plugins (" + sources
                        + "); ids must be unique.");
            }
        });
        for (PluginDescriptor plugin : plugins) {
            String id = plugin.id();
            String name = "Plugin '" + id + "': ";
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(
                        name + "the id must be 2-40 lower-case letters, digits or dashes, starting with a letter.");
                continue;
            }
            if (!id.equals(plugin.qualifierId())) {
                problems.add(name + "its DepartmentPlugin bean is qualified @Plugin(\"" + plugin.qualifierId()
                        + "\"); the qualifier must carry the same id.");
            }
            if (CoreVersion.compare(coreVersion, plugin.minCoreVersion()) < 0) {
                problems.add(name + "needs core " + plugin.minCoreVersion() + " or newer; this core is " + coreVersion
                        + ".");
            }
            if (plugin.coreVersionLimit() != null && CoreVersion.compare(coreVersion, plugin.coreVersionLimit()) >= 0) {
                problems.add(name + "supports core " + plugin.minCoreVersion() + " up to, not including, "
                        + plugin.coreVersionLimit() + "; this core is " + coreVersion
                        + ". Build and test the plugin against this core, then raise coreVersionLimit().");
            }
            for (String required : plugin.requiredPlugins()) {
                if (!counts.containsKey(required)) {
                    problems.add(name + "requires plugin '" + required + "', which is not installed.");
                }
            }
            if (!plugin.hasVietnameseMessages()) {
                problems.add(name + "its JAR has no META-INF/motcua/messages_vi.properties (Vietnamese messages).");
            }
            if (!plugin.hasEnglishMessages()) {
                problems.add(name + "its JAR has no META-INF/motcua/messages_en.properties (English messages).");
            }
            if (plugin.hasVietnameseMessages() && plugin.hasEnglishMessages() && !plugin.titleResolves()) {
                problems.add(name + "its title key is missing from its Vietnamese or English messages.");
            }
            for (String permission : plugin.permissions()) {
                if (!permission.startsWith(id + ":")) {
                    problems.add(name + "permission '" + permission + "' must start with '" + id + ":'.");
                }
            }
            if (plugin.hasVietnameseMessages() && plugin.hasEnglishMessages()) {
                plugin.unlabelledPermissions()
                        .forEach((permission, languages) -> problems.add(name + "permission '" + permission
                                + "' has no words in its messages (" + languages + "): add "
                                + PluginReader.permissionKey(permission) + "=<what it allows> to messages_vi.properties"
                                + " and messages_en.properties (the plugins and role screens show it)."));
            }
        }
        if (problems.isEmpty()) {
            try {
                startOrder(plugins);
            } catch (IllegalStateException cycle) {
                problems.add(cycle.getMessage());
            }
        }
        return problems;
    }

    /**
     * The procedures a handler claims, as read at boot.
     *
     * @param pluginId the id in the handler bean's {@code @Plugin} qualifier, or null if it has none
     */
    public record ProcedureClaim(String pluginId, String handlerClass, Set<String> codes) {}

    /**
     * A handler without {@code @Plugin}, or a national code claimed twice. Claims are taken by plugin id, then handler
     * class, so that the message names the same plugins whatever order CDI found the handlers in.
     */
    public static List<String> claimProblems(List<ProcedureClaim> claims) {
        var problems = new ArrayList<String>();
        Map<String, String> claimedBy = new HashMap<>();
        var ordered = claims.stream()
                .sorted(Comparator.comparing((ProcedureClaim c) -> String.valueOf(c.pluginId()))
                        .thenComparing(ProcedureClaim::handlerClass))
                .toList();
        for (ProcedureClaim claim : ordered) {
            if (claim.pluginId() == null) {
                problems.add("Procedure handler " + claim.handlerClass() + " has no @Plugin qualifier.");
                continue;
            }
            for (String code : claim.codes().stream().sorted().toList()) {
                String earlier = claimedBy.putIfAbsent(code, claim.pluginId());
                if (earlier != null) {
                    problems.add("Plugin '" + claim.pluginId() + "': procedure " + code
                            + " is already handled by plugin '" + earlier + "'; a procedure belongs to one plugin.");
                }
            }
        }
        return problems;
    }

    /** Plugins ordered so that each comes after the plugins it requires (stable by id otherwise). */
    public static List<PluginDescriptor> startOrder(List<PluginDescriptor> plugins) {
        Map<String, PluginDescriptor> byId = new LinkedHashMap<>();
        plugins.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(p -> byId.put(p.id(), p));
        var ordered = new ArrayList<PluginDescriptor>();
        var done = new HashSet<String>();
        var visiting = new HashSet<String>();
        for (String id : byId.keySet()) {
            visit(id, byId::get, done, visiting, new ArrayDeque<>(), ordered);
        }
        return ordered;
    }

    private static void visit(
            String id,
            Function<String, PluginDescriptor> byId,
            Set<String> done,
            Set<String> visiting,
            Deque<String> path,
            List<PluginDescriptor> ordered) {
        PluginDescriptor plugin = byId.apply(id);
        if (plugin == null || done.contains(id)) {
            return;
        }
        path.addLast(id);
        if (!visiting.add(id)) {
            throw new IllegalStateException(
                    "Plugins require each other in a cycle: " + String.join(" -> ", path) + ".");
        }
        plugin.requiredPlugins().stream().sorted().forEach(r -> visit(r, byId, done, visiting, path, ordered));
        visiting.remove(id);
        path.removeLast();
        done.add(id);
        ordered.add(plugin);
    }
}
