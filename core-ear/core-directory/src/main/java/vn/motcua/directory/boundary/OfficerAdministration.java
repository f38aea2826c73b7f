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
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.security.control.AuthorizationChanged;
import vn.motcua.platform.security.control.Passwords;
import vn.motcua.platform.text.SearchText;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Managing officers: list (paged, filtered and scoped in the database), create with a temporary password, edit
 * contact data, agencies and roles, deactivate and reactivate, reset a forgotten password, unlock.
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
        return officer;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public Officer update(Officer changed, Collection<Long> agencyIds, Collection<Long> roleIds) {
        Officer officer = find(changed.getId());
        if (officer.getVersion() != changed.getVersion()) {
            throw new DomainException("platform.concurrentChange");
        }
        officer.setFullName(changed.getFullName());
        officer.setEmail(changed.getEmail());
        officer.setPhone(changed.getPhone());
        // The form lists only agencies in my scope: memberships I cannot see are kept, never dropped unseen.
        Set<Agency> memberships = agencies(agencyIds);
        memberships.addAll(outsideScope(officer));
        officer.setAgencies(memberships);
        officer.setRoles(roles(roleIds, officer.getRoles()));
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
        officer.setActive(active);
        authorizationChanged.fire(new AuthorizationChanged("officer " + officer.getUsername()));
    }

    /** Gives the officer a new random temporary password, shown once to the admin; it must be changed at login. */
    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public String resetPassword(long id) {
        Officer officer = find(id);
        String temporary = Passwords.random(12);
        officer.changePassword(passwords.encryptPassword(temporary), true);
        return temporary;
    }

    @Transactional
    @RequiresPermissions("directory:officer:edit")
    public void unlock(long id) {
        find(id).unlock();
    }

    /** Roles an admin may hand out (all of them). */
    @Transactional
    public List<Role> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class)
                .getResultList();
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

    private void checkScope(Officer officer) {
        if (!scope.unrestricted() && officer.getAgencies().stream().noneMatch(scope::covers)) {
            throw new DomainException("directory.officer.notFound");
        }
    }
}
