package vn.motcua.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.migration.boundary.SchemaVersions;

/**
 * Screen /admin/plugins: the installed department plugins, the agencies each is enabled for and the procedures each
 * owns; then the plugins not installed that still own procedures (they cannot be switched).
 */
@Named
@ViewScoped
public class PluginsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PluginSwitches switches;

    @Inject
    AgencyAdministration agencies;

    @Inject
    SchemaVersions schemaVersions;

    @Inject
    PermissionWords words;

    private List<PluginSwitches.PluginState> plugins;
    private List<SelectItem> agencyChoices;
    private String pluginId;
    private Long agencyId;

    @PostConstruct
    void load() {
        plugins = switches.plugins(Faces.getLocale());
        agencyChoices = new ArrayList<>();
        List<Agency> tree = agencies.tree(false);
        int top = tree.stream().mapToInt(Agency::getDepth).min().orElse(0);
        for (Agency agency : tree) {
            agencyChoices.add(
                    new SelectItem(agency.getId(), AgenciesView.indent(agency.getDepth() - top) + agency.getName()));
        }
    }

    /** Opens the "enable for an agency" dialog for one plugin. */
    public void choose(String id) {
        pluginId = id;
        agencyId = null;
    }

    public void enable() {
        switches.enable(pluginId, agencyId);
        Notices.info("directory.plugin.enabled");
        load();
    }

    public void disable(String id, Long agency) {
        switches.disable(id, agency);
        Notices.info("directory.plugin.disabled");
        load();
    }

    public List<PluginSwitches.PluginState> getPlugins() {
        return plugins;
    }

    /** For the page: the agencies of a plugin as a list of entries (JSF iterates lists, not maps). */
    public List<Map.Entry<Long, String>> agenciesOf(PluginSwitches.PluginState plugin) {
        return new ArrayList<>(plugin.agencies().entrySet());
    }

    /** For the page: the national codes of the procedures a plugin owns, comma separated. */
    public String proceduresOf(PluginSwitches.PluginState plugin) {
        return String.join(", ", plugin.procedures());
    }

    /** For the page: the version the plugin's migrations reached at boot, or null (not installed, no migration). */
    public String schemaVersionOf(PluginSwitches.PluginState plugin) {
        return plugin.installed() ? schemaVersions.of(plugin.id()).orElse(null) : null;
    }

    /**
     * For the page: what a permission lets an officer do, in words, from the plugin's own messages under the key
     * {@code <plugin id>.permission.<the rest, parts joined by dots>} (e.g. {@code licensing:licence:view} is
     * {@code licensing.permission.licence.view}); see {@link PermissionWords}.
     */
    public String permissionLabel(String permission) {
        return words.label(permission, Faces.getLocale());
    }

    public List<SelectItem> getAgencyChoices() {
        return agencyChoices;
    }

    public String getPluginId() {
        return pluginId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }
}
