package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.platform.plugin.control.PluginDescriptor;
import vn.motcua.platform.plugin.control.PluginReader;

/**
 * Permissions in words, for the admin screens: what each permission lets an officer do, never its key. The core's
 * own permissions are listed here by group, each with its text under {@code directory.permission.<parts joined by
 * dots>} ({@code *} written {@code all}: {@code catalog:*} is {@code directory.permission.catalog.all}); a plugin's
 * come from its descriptor, with the text under {@code <plugin id>.permission.<the rest>}. The roles screen offers
 * them as choices grouped by area; a permission known nowhere (written into the database by hand) keeps its key, in
 * words ("another permission: …").
 */
@ApplicationScoped
public class PermissionWords {

    /** The core's permissions by group (message key of the group's name), as the role screen offers them. */
    static final Map<String, List<String>> CORE = core();

    @Inject
    PluginRegistry plugins;

    /** What a permission lets an officer do, in the locale's words. */
    public String label(String permission, Locale locale) {
        String key = coreKey(permission);
        String text = Messages.text(locale, key);
        if (!text.equals(key)) {
            return text;
        }
        int colon = permission.indexOf(':');
        if (colon > 0 && plugins.find(permission.substring(0, colon)).isPresent()) {
            String id = permission.substring(0, colon);
            if (permission.endsWith(":*") && permission.indexOf(':', colon + 1) < 0) {
                return Messages.text(locale, "directory.permission.plugin.all", plugins.title(id, locale));
            }
            String pluginKey = PluginReader.permissionKey(permission);
            String pluginText = Messages.text(locale, pluginKey);
            if (!pluginText.equals(pluginKey)) {
                return pluginText;
            }
        }
        return Messages.text(locale, "directory.permission.other", permission);
    }

    /** The labels of several permissions, in their order. */
    public List<String> labels(Collection<String> permissions, Locale locale) {
        return permissions.stream().map(p -> label(p, locale)).toList();
    }

    /**
     * The choices of the role dialog: the core's groups, then one group per installed plugin (its whole set first),
     * each permission that {@code offered} accepts; then the permissions the role holds that no group lists.
     */
    public List<SelectItem> choices(Locale locale, Collection<String> held, Predicate<String> offered) {
        var choices = new ArrayList<SelectItem>();
        Set<String> listed = new LinkedHashSet<>();
        CORE.forEach((group, permissions) ->
                add(choices, listed, Messages.text(locale, group), permissions, held, offered, locale));
        for (PluginDescriptor plugin : plugins.installed()) {
            var permissions = new ArrayList<String>();
            permissions.add(plugin.id() + ":*");
            permissions.addAll(plugin.permissions());
            add(choices, listed, plugins.title(plugin.id(), locale), permissions, held, offered, locale);
        }
        var others = held.stream().filter(p -> !listed.contains(p)).toList();
        add(
                choices,
                listed,
                Messages.text(locale, "directory.permission.group.other"),
                others,
                held,
                p -> true,
                locale);
        return choices;
    }

    private void add(
            List<SelectItem> choices,
            Set<String> listed,
            String groupName,
            List<String> permissions,
            Collection<String> held,
            Predicate<String> offered,
            Locale locale) {
        var items = new ArrayList<SelectItem>();
        for (String permission : permissions) {
            if (listed.add(permission) && (held.contains(permission) || offered.test(permission))) {
                items.add(new SelectItem(permission, label(permission, locale)));
            }
        }
        if (!items.isEmpty()) {
            choices.add(new SelectItemGroup(groupName, null, false, items.toArray(SelectItem[]::new)));
        }
    }

    /** The message key of a core permission's words. */
    static String coreKey(String permission) {
        return "directory.permission." + permission.replace("*", "all").replace(':', '.');
    }

    private static Map<String, List<String>> core() {
        var core = new LinkedHashMap<String, List<String>>();
        core.put("directory.permission.group.system", List.of("*", "scope:all", "audit:view", "plugin:enable"));
        core.put(
                "directory.permission.group.dossier",
                List.of(
                        "dossier:*",
                        "dossier:view",
                        "dossier:receive",
                        "dossier:assign",
                        "dossier:process",
                        "dossier:approve",
                        "dossier:return",
                        "dossier:template:*",
                        "dossier:template:view",
                        "dossier:template:edit"));
        core.put(
                "directory.permission.group.catalog",
                List.of("catalog:*", "catalog:view", "catalog:edit", "catalog:calendar:edit"));
        core.put(
                "directory.permission.group.directory",
                List.of(
                        "directory:*",
                        "directory:unit:view",
                        "directory:unit:edit",
                        "directory:agency:view",
                        "directory:agency:edit",
                        "directory:counter:view",
                        "directory:counter:edit",
                        "directory:officer:view",
                        "directory:officer:edit",
                        "directory:role:view",
                        "directory:role:edit"));
        core.put("directory.permission.group.report", List.of("report:view"));
        return core;
    }
}
