package vn.motcua.platform.plugin.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The naming rule for the names every plugin shares with the core and the other plugins: EL names of beans
 * ({@code @Named}, one namespace per WAR), JPA entity names (one namespace per persistence unit, used in JPQL) and
 * table names (one database). Two plugins naming a bean {@code registryView} or an entity {@code Decision} would break
 * each other, so every name a plugin declares carries its id:
 *
 * <ul>
 *   <li>EL name: starts with the id in camel case, {@code socialWelfareRates} for plugin {@code social-welfare};
 *   <li>entity name ({@code @Entity(name = …)}, else the class's simple name): starts with it too,
 *       {@code SocialWelfareDecision};
 *   <li>table ({@code @Table(name = …)}, else the entity name): starts with the id in snake case and an underscore,
 *       {@code social_welfare_decision}.
 * </ul>
 *
 * The prefix comparison ignores case ({@code SocialwelfareApplication}, the archetype's default class prefix, passes).
 * A name must also be unique: one EL or entity name used by two owners (the core, or two plugins whose ids start
 * alike, {@code vehicle} and {@code vehicle-registration}) is refused, naming both classes. Pure logic;
 * {@link PluginNameCheck} gathers the names at deployment.
 */
public final class PluginNames {

    /** A name declared by a class; {@code owner} is the plugin id, or null for the core. */
    public record Declared(String owner, String type, String name) {}

    /** An entity of an owner (plugin id, or null for the core): its entity name and table. */
    public record DeclaredEntity(String owner, String type, String name, String table) {}

    private PluginNames() {}

    /** The prefix of EL and entity names: the id in camel case, {@code social-welfare → socialWelfare}. */
    public static String prefix(String pluginId) {
        var camel = new StringBuilder();
        boolean upper = false;
        for (char c : pluginId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** The prefix of tables: the id in snake case and an underscore, {@code social-welfare → social_welfare_}. */
    public static String tablePrefix(String pluginId) {
        return pluginId.replace('-', '_') + "_";
    }

    /** True if the name starts with the plugin's camel-case prefix and goes on after it, ignoring case. */
    public static boolean carriesPrefix(String pluginId, String name) {
        return startsWith(name, prefix(pluginId))
                && name.length() > prefix(pluginId).length();
    }

    /** The problems of the EL names: a plugin's name without its prefix, a name used by two owners. */
    public static List<String> elProblems(Collection<Declared> names) {
        var problems = new ArrayList<String>();
        for (Declared named : sorted(names)) {
            if (named.owner() != null && !carriesPrefix(named.owner(), named.name())) {
                String camel = prefix(named.owner());
                problems.add("Plugin '" + named.owner() + "': the EL name '" + named.name() + "' of " + named.type()
                        + " must start with '" + camel + "' (the plugin id in camel case), e.g. @Named(\"" + camel
                        + capitalised(named.name()) + "\").");
            }
        }
        problems.addAll(collisions("EL name", names));
        return problems;
    }

    /** The problems of the entities: a plugin's entity name or table without its prefix, an entity name used twice. */
    public static List<String> entityProblems(Collection<DeclaredEntity> entities) {
        var problems = new ArrayList<String>();
        var names = new ArrayList<Declared>();
        for (DeclaredEntity entity : entities.stream()
                .sorted(Comparator.comparing(DeclaredEntity::type))
                .toList()) {
            names.add(new Declared(entity.owner(), entity.type(), entity.name()));
            String id = entity.owner();
            if (id == null) {
                continue;
            }
            String capital = capitalised(prefix(id));
            if (!carriesPrefix(id, entity.name())) {
                problems.add("Plugin '" + id + "': the JPA entity name '" + entity.name() + "' of " + entity.type()
                        + " must start with '" + capital + "' (the plugin id in camel case), e.g. @Entity(name = \""
                        + capital + capitalised(entity.name()) + "\"), and its JPQL queries use that name.");
            }
            if (!startsWith(entity.table(), tablePrefix(id))) {
                problems.add("Plugin '" + id + "': the table '" + entity.table() + "' of " + entity.type()
                        + " must start with '" + tablePrefix(id) + "' (the plugin id in snake case), e.g. @Table(name"
                        + " = \"" + tablePrefix(id) + entity.table().toLowerCase(Locale.ROOT) + "\").");
            }
        }
        problems.addAll(collisions("JPA entity name", names));
        return problems;
    }

    /** Names declared by more than one owner, each reported once for every plugin class that declares it. */
    private static List<String> collisions(String kind, Collection<Declared> names) {
        var byName = new TreeMap<String, List<Declared>>();
        for (Declared named : sorted(names)) {
            byName.computeIfAbsent(named.name(), n -> new ArrayList<>()).add(named);
        }
        var problems = new ArrayList<String>();
        for (Map.Entry<String, List<Declared>> entry : byName.entrySet()) {
            List<Declared> declared = entry.getValue();
            if (declared.stream().map(Declared::owner).distinct().count() < 2) {
                continue;
            }
            for (Declared named : declared) {
                if (named.owner() == null) {
                    continue;
                }
                String others = declared.stream()
                        .filter(other -> other != named && !java.util.Objects.equals(other.owner(), named.owner()))
                        .map(other -> other.type() + " of "
                                + (other.owner() == null ? "the core" : "plugin '" + other.owner() + "'"))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
                problems.add("Plugin '" + named.owner() + "': the " + kind + " '" + entry.getKey() + "' of "
                        + named.type() + " is also the " + kind + " of " + others + "; names must be unique.");
            }
        }
        return problems;
    }

    private static List<Declared> sorted(Collection<Declared> names) {
        return names.stream()
                .sorted(Comparator.comparing(Declared::type).thenComparing(Declared::name))
                .toList();
    }

    private static boolean startsWith(String name, String prefix) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String name) {
        return name == null || name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
