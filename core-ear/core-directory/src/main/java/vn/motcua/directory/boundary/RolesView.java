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
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/roles.xhtml}: every role with its permissions and how many officers hold it, the dialog to
 * create or edit one, and deleting a role nobody holds.
 */
@Named
@ViewScoped
public class RolesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RoleAdministration roles;

    @Inject
    PermissionWords words;

    private List<Role> all;
    private Map<Long, Long> holders;

    private Role role;
    private List<String> permissions = new ArrayList<>();
    private List<SelectItem> permissionChoices = List.of();

    @PostConstruct
    public void load() {
        all = roles.all();
        holders = roles.holders();
    }

    public void create() {
        role = new Role();
        permissions = new ArrayList<>();
        permissionChoices = words.choices(Faces.getLocale(), permissions, roles::mayGrant);
    }

    public void edit(Role row) {
        role = roles.find(row.getId());
        permissions = new ArrayList<>(role.getPermissions());
        permissionChoices = words.choices(Faces.getLocale(), permissions, roles::mayGrant);
    }

    /** For the list: what a role's permissions let its holders do, in words. */
    public List<String> permissionLabels(Role row) {
        return words.labels(row.getPermissions(), Faces.getLocale());
    }

    /** For the dialog: the permissions to choose from, grouped, in words (those the admin holds, and the role's). */
    public List<SelectItem> getPermissionChoices() {
        return permissionChoices;
    }

    public void save() {
        try {
            role = roles.save(role, permissions);
        } catch (DomainException e) {
            if (e instanceof ConcurrentChangeException && !isCreating()) {
                edit(role);
            }
            throw e;
        }
        Notices.info("common.saved");
        load();
    }

    public void delete(Role row) {
        roles.delete(row.getId());
        Notices.info("directory.role.deleted");
        load();
    }

    public long holders(Role row) {
        return holders.getOrDefault(row.getId(), 0L);
    }

    /** Whether "new role" and the actions column are offered (provincial role admins only). */
    public boolean isMayEditRoles() {
        return roles.mayEditRoles();
    }

    /** Whether this role's edit and delete are offered: the admin holds every permission of the role. */
    public boolean editable(Role row) {
        return roles.editable(row);
    }

    public boolean isCreating() {
        return role != null && role.getId() == null;
    }

    public List<Role> getAll() {
        return all;
    }

    public Role getRole() {
        return role;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : permissions;
    }
}
