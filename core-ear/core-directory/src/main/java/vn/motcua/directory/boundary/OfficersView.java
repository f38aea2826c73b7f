package vn.motcua.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.faces.EntityLazyModel;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/officers.xhtml}: the paged list of officers in scope, the dialog to create or edit one, and
 * the row actions (reset password, unlock, deactivate, reactivate). Everything is decided by
 * {@link OfficerAdministration}; the view only keeps what the user is editing.
 */
@Named
@ViewScoped
public class OfficersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OfficerAdministration officers;

    @Inject
    AgencyAdministration agencies;

    private EntityLazyModel<Officer> model;
    private boolean showInactive;

    private Officer officer;
    private String password;
    private List<Long> agencyIds = new ArrayList<>();
    private int agenciesOutsideScope;
    private List<Long> roleIds = new ArrayList<>();
    private List<SelectItem> agencyChoices;
    private List<SelectItem> roleChoices;

    private String temporaryPassword;
    private String temporaryPasswordOwner;

    /** What may be done with the officers of the page shown, and that page (to notice a new one). */
    private OfficerAdministration.Rights rights;

    private transient List<Officer> rightsFor;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(officers::page, Officer::getId);
        applyFilters();
    }

    /** Called when "show deactivated" changes. */
    public void applyFilters() {
        model.setFixedFilters(showInactive ? Map.of() : Map.of("active", Boolean.TRUE));
    }

    public void create() {
        officer = new Officer();
        password = null;
        agencyIds = new ArrayList<>();
        agenciesOutsideScope = 0;
        roleIds = new ArrayList<>();
    }

    public void edit(Officer row) {
        load(row.getId());
    }

    public void save() {
        try {
            if (isCreating()) {
                officer = officers.create(officer, password, agencyIds, roleIds);
            } else {
                officer = officers.update(officer, agencyIds, roleIds);
            }
        } catch (DomainException e) {
            reloadAfterConcurrentChange(e);
            throw e;
        }
        password = null;
        Notices.info("common.saved");
    }

    public void resetPassword(Officer row) {
        temporaryPassword = officers.resetPassword(row.getId());
        temporaryPasswordOwner = row.getUsername();
    }

    /** The temporary password is shown once; closing its dialog forgets it. */
    public void forgetTemporaryPassword() {
        temporaryPassword = null;
        temporaryPasswordOwner = null;
    }

    public void unlock(Officer row) {
        officers.unlock(row.getId());
        Notices.info("directory.officer.unlocked");
    }

    public void setActive(Officer row, boolean active) {
        officers.setActive(row.getId(), active);
        Notices.info(active ? "directory.notice.activated" : "directory.notice.deactivated");
    }

    /** Whether the row offers "edit" and "unlock": the officer holds nothing the admin lacks. */
    public boolean editable(Officer row) {
        return rights().editable().contains(row.getId());
    }

    /** Whether the row offers password reset and (de)activation: editable and working only in the admin's scope. */
    public boolean manageable(Officer row) {
        return rights().whollyInScope().contains(row.getId());
    }

    private OfficerAdministration.Rights rights() {
        List<Officer> shown = model.getWrappedData();
        if (rights == null || shown != rightsFor) {
            rights = officers.rights(shown == null ? List.of() : shown);
            rightsFor = shown;
        }
        return rights;
    }

    public boolean locked(Officer row) {
        return row.isLockedAt(LocalDateTime.now());
    }

    public String agencyNames(Officer row) {
        return row.getAgencies().stream().map(Agency::getName).sorted().collect(Collectors.joining(", "));
    }

    public String roleNames(Officer row) {
        return row.getRoles().stream().map(Role::getName).sorted().collect(Collectors.joining(", "));
    }

    /** Active agencies in scope, indented under their parents, for the agency picker. */
    public List<SelectItem> getAgencyChoices() {
        if (agencyChoices == null) {
            List<Agency> choices = agencies.choices();
            int top = choices.stream().mapToInt(Agency::getDepth).min().orElse(0);
            agencyChoices = new ArrayList<>();
            for (Agency agency : choices) {
                String indent = "\u00a0\u00a0\u00a0\u00a0".repeat(agency.getDepth() - top);
                agencyChoices.add(new SelectItem(agency.getId(), indent + agency.getName()));
            }
        }
        return agencyChoices;
    }

    public List<SelectItem> getRoleChoices() {
        if (roleChoices == null) {
            roleChoices = new ArrayList<>();
            for (Role role : officers.roles()) { // those the admin may hand out
                roleChoices.add(new SelectItem(role.getId(), role.getName(), role.getDescription()));
            }
        }
        return roleChoices;
    }

    private void load(long id) {
        officer = officers.find(id);
        password = null;
        Set<Agency> outside = officers.outsideScope(officer);
        agenciesOutsideScope = outside.size();
        agencyIds = officer.getAgencies().stream()
                .filter(agency -> !outside.contains(agency))
                .map(Agency::getId)
                .collect(Collectors.toCollection(ArrayList::new));
        roleIds = officer.getRoles().stream().map(Role::getId).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The message of a concurrent change promises the latest data: show it in the still open dialog. */
    private void reloadAfterConcurrentChange(DomainException e) {
        if (e instanceof ConcurrentChangeException && !isCreating()) {
            load(officer.getId());
        }
    }

    public boolean isCreating() {
        return officer != null && officer.getId() == null;
    }

    public EntityLazyModel<Officer> getModel() {
        return model;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public Officer getOfficer() {
        return officer;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Long> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(List<Long> agencyIds) {
        this.agencyIds = agencyIds;
    }

    /** How many of the edited officer's agencies the admin cannot see; saving keeps them. */
    public int getAgenciesOutsideScope() {
        return agenciesOutsideScope;
    }

    public List<Long> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<Long> roleIds) {
        this.roleIds = roleIds;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getTemporaryPasswordOwner() {
        return temporaryPasswordOwner;
    }
}
