package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.authc.credential.PasswordService;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.InitialAdministrator;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.security.control.AuthorizationChanged;
import vn.motcua.platform.security.control.Passwords;
import vn.motcua.platform.text.SearchText;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Managing officers: list (paged, filtered and scoped in the database), create with a temporary password, edit
 * contact data, agencies and roles, deactivate and reactivate, reset a forgotten password, unlock.
 *
 * <p>Rules that keep rights from being raised, enforced here whatever the screen sends: an admin sees and manages
 * officers of their agency subtree only; hands out only roles whose every permission they hold themselves; never
 * manages an officer who holds a permission they lack (resetting that officer's password would hand those rights
 * over); and does not change the roles, password or status of an officer who also works in an agency outside their
 * scope (those apply there too).
 */
@ApplicationScoped
@RequiresPermissions("directory:officer:view")
public class OfficerAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    PasswordService passwords;

    @Inject
    vn.motcua.platform.security.boundary.CurrentUser currentUser;

    @Inject
    Event<AuthorizationChanged> authorizationChanged;

    @Inject
    AuditTrail audit;

    @Inject
    InitialAdministrator initialAdministrator;

    /** Filters: {@code fullName}, {@code username} (contains), {@code agencyId}, {@code active} (Boolean). */
    @Transactional
    public Page<Officer> page(PageRequest request) {
        return CriteriaPaging.of(em, Officer.class)
                .tuning(OfficerAdministration::batchFetchNamesShown)
                .page(
                        request,
                        (cb, query, officer) -> {
                            var where = new ArrayList<Predicate>();
                            // Names with or without diacritics: the folded, indexed search column.
                            where.add(SearchText.contains(cb, officer.get("searchText"), request.text("fullName")));
                            where.add(SearchText.contains(cb, officer.get("username"), request.text("username")));
                            if (request.value("active") instanceof Boolean active) {
                                where.add(cb.equal(officer.get("active"), active));
                            }
                            Object agencyId = request.value("agencyId");
                            boolean restricted = !scope.unrestricted();
                            if (agencyId != null || restricted) {
                                // Officers who belong to at least one agency in my scope (and the chosen one).
                                Subquery<Long> member = query.subquery(Long.class);
                                var same = member.from(Officer.class);
                                Join<Officer, Agency> agency = same.join("agencies");
                                var conditions = new ArrayList<Predicate>();
                                conditions.add(cb.equal(same, officer));
                                if (agencyId != null) {
                                    conditions.add(cb.equal(agency.get("id"), Long.valueOf(agencyId.toString())));
                                }
                                conditions.add(scope.contains(cb, member, agency.get("path")));
                                member.select(same.get("id"))
                                        .where(conditions.stream()
                                                .filter(java.util.Objects::nonNull)
                                                .toArray(Predicate[]::new));
                                where.add(cb.exists(member));
                            }
                            return where;
                        },
                        Map.of(
                                "fullName", o -> o.get("fullName"),
                                "username", o -> o.get("username"),
                                "lastLoginAt", o -> o.get("lastLoginAt")),
                        "fullName");
    }

    /**
     * The list shows each officer's agencies and roles: load them for the whole page at once (EclipseLink batch
     * reading, {@code ... where officer_id in (page ids)}), so a page costs the same few queries whatever its size.
     */
    private static void batchFetchNamesShown(TypedQuery<Officer> page) {
        page.setHint("eclipselink.batch.type", "IN");
        page.setHint("eclipselink.batch", "o.agencies");
        page.setHint("eclipselink.batch", "o.roles");
        page.setHint("eclipselink.batch", "o.roles.permissions");
    }

    /** One officer with agencies and roles loaded, if in scope. */
    @Transactional
    public Officer find(long id) {
        Officer officer = em.createQuery(
                        "select distinct o from Officer o left join fetch o.agencies left join fetch o.roles"
                                + " where o.id = :id",
                        Officer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("directory.officer.notFound"));
        checkScope(officer);
        return officer;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public Officer create(
            Officer officer, String temporaryPassword, Collection<Long> agencyIds, Collection<Long> roleIds) {
        officer.setUsername(officer.getUsername());
        long taken = em.createQuery("select count(o) from Officer o where o.username = :u", Long.class)
                .setParameter("u", officer.getUsername())
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.officer.usernameTaken", officer.getUsername());
        }
        String weakness = Passwords.weakness(temporaryPassword, officer.getUsername());
        if (weakness != null) {
            throw new DomainException(weakness);
        }
        officer.setAgencies(agencies(agencyIds));
        officer.setRoles(roles(roleIds, Set.of()));
        officer.changePassword(passwords.encryptPassword(temporaryPassword), true);
        em.persist(officer);
        audit.record("directory.officer.create", target(officer), null, describe(officer));
        return officer;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public Officer update(Officer changed, Collection<Long> agencyIds, Collection<Long> roleIds) {
        Officer officer = find(changed.getId());
        requireManageable(officer);
        if (officer.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        String before = describe(officer);
        officer.setFullName(changed.getFullName());
        officer.setEmail(changed.getEmail());
        officer.setPhone(changed.getPhone());
        // The form lists only agencies in my scope: memberships I cannot see are kept, never dropped unseen.
        Set<Agency> memberships = agencies(agencyIds);
        memberships.addAll(outsideScope(officer));
        officer.setAgencies(memberships);
        Set<Role> chosenRoles = roles(roleIds, officer.getRoles());
        if (!chosenRoles.equals(officer.getRoles())) {
            requireWhollyInScope(officer);
        }
        officer.setRoles(chosenRoles);
        String after = describe(officer);
        if (!after.equals(before)) {
            officer.rightsChanged();
        }
        audit.record("directory.officer.update", target(officer), before, after);
        authorizationChanged.fire(new AuthorizationChanged("officer " + officer.getUsername()));
        return officer;
    }

    /** The officer's agencies outside the current admin's scope (none for a provincial admin): shown, not editable. */
    @Transactional
    public Set<Agency> outsideScope(Officer officer) {
        Set<Agency> outside = new HashSet<>();
        if (!scope.unrestricted()) {
            officer.getAgencies().stream().filter(a -> !scope.covers(a)).forEach(outside::add);
        }
        return outside;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public void setActive(long id, boolean active) {
        Officer officer = find(id);
        requireManageable(officer);
        requireWhollyInScope(officer);
        String before = describe(officer);
        officer.setActive(active);
        audit.record(
                active ? "directory.officer.activate" : "directory.officer.deactivate",
                target(officer),
                before,
                describe(officer));
        authorizationChanged.fire(new AuthorizationChanged("officer " + officer.getUsername()));
    }

    /** Gives the officer a new random temporary password, shown once to the admin; it must be changed at login. */
    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public String resetPassword(long id) {
        Officer officer = find(id);
        requireManageable(officer);
        requireWhollyInScope(officer);
        String temporary = Passwords.random(16);
        officer.changePassword(passwords.encryptPassword(temporary), true);
        initialAdministrator.passwordChanged(officer.getUsername());
        audit.record("directory.officer.passwordReset", target(officer), null, null);
        return temporary;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public void unlock(long id) {
        Officer officer = find(id);
        requireManageable(officer);
        officer.unlock();
        audit.record("directory.officer.unlock", target(officer), null, null);
    }

    /** Roles the current admin may hand out: those whose every permission they hold themselves. */
    @Transactional
    public List<Role> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class).getResultList().stream()
                .filter(role -> currentUser.permittedAll(role.getPermissions()))
                .toList();
    }

    /**
     * What the current admin may do with each officer of a page (officers loaded with their agencies and roles):
     * {@code editable} holds no permission the admin lacks; {@code whollyInScope} also works only inside the
     * admin's scope, so their roles, password and status may change. One query for the scope, whatever the page.
     */
    public record Rights(Set<Long> editable, Set<Long> whollyInScope) implements java.io.Serializable {}

    @Transactional
    public Rights rights(Collection<Officer> page) {
        boolean unrestricted = scope.unrestricted();
        List<String> mine = unrestricted ? List.of() : scope.memberPaths();
        var editable = new HashSet<Long>();
        var whollyInScope = new HashSet<Long>();
        for (Officer officer : page) {
            if (currentUser.permittedAll(permissionsOf(officer))) {
                editable.add(officer.getId());
                if (unrestricted
                        || officer.getAgencies().stream()
                                .allMatch(a -> mine.stream().anyMatch(a.getPath()::startsWith))) {
                    whollyInScope.add(officer.getId());
                }
            }
        }
        return new Rights(Set.copyOf(editable), Set.copyOf(whollyInScope));
    }

    private Set<Agency> agencies(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new DomainException("directory.officer.agencyRequired");
        }
        List<Agency> found = em.createQuery("select a from Agency a where a.id in :ids", Agency.class)
                .setParameter("ids", ids)
                .getResultList();
        found.forEach(scope::check);
        return new HashSet<>(found);
    }

    /**
     * The chosen roles; nobody may hand out a permission they do not hold themselves (no self-promotion). Roles the
     * officer {@code holds} already may stay: keeping them hands out nothing.
     */
    private Set<Role> roles(Collection<Long> ids, Set<Role> holds) {
        if (ids == null || ids.isEmpty()) {
            return new HashSet<>();
        }
        List<Role> chosen = em.createQuery("select r from Role r where r.id in :ids", Role.class)
                .setParameter("ids", ids)
                .getResultList();
        for (Role role : chosen) {
            if (holds.contains(role)) {
                continue;
            }
            for (String permission : role.getPermissions()) {
                if (!currentUser.permitted(permission)) {
                    throw new DomainException("directory.officer.roleBeyondYours", role.getName());
                }
            }
        }
        return new HashSet<>(chosen);
    }

    /** Nobody manages an officer who holds more than they do: a password reset would hand those rights over. */
    private void requireManageable(Officer officer) {
        if (!currentUser.permittedAll(permissionsOf(officer))) {
            throw new DomainException("directory.officer.beyondYours", officer.getFullName());
        }
    }

    /** Roles, password and status apply in every agency of the officer: all of them must be in my scope. */
    private void requireWhollyInScope(Officer officer) {
        if (!outsideScope(officer).isEmpty()) {
            throw new DomainException("directory.officer.sharedOutsideScope", officer.getFullName());
        }
    }

    private static String target(Officer officer) {
        return "officer " + officer.getUsername();
    }

    /** The audit trail's state of an officer: what decides their rights, plus their name. */
    private static String describe(Officer officer) {
        return officer.getFullName()
                + "; roles "
                + officer.getRoles().stream().map(Role::getCode).sorted().toList()
                + "; agencies "
                + officer.getAgencies().stream().map(Agency::getCode).sorted().toList()
                + "; " + (officer.isActive() ? "active" : "deactivated");
    }

    private static Set<String> permissionsOf(Officer officer) {
        var held = new HashSet<String>();
        officer.getRoles().forEach(role -> held.addAll(role.getPermissions()));
        return held;
    }

    private void checkScope(Officer officer) {
        if (!scope.unrestricted() && officer.getAgencies().stream().noneMatch(scope::covers)) {
            throw new DomainException("directory.officer.notFound");
        }
    }
}
