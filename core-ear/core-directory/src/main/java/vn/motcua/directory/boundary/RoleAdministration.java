package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.AuthorizationChanged;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Roles and their permissions. Changing roles is a provincial matter: it takes {@code directory:role:edit} and
 * {@code scope:all} (a role applies in every agency, so a unit admin's {@code directory:*} is not enough), and nobody
 * edits a role that holds a permission they lack (the ADMIN role's {@code *} included) nor adds a permission they
 * do not hold themselves. A role held by anyone cannot be deleted. Every change applies at once to the sessions of
 * the officers who hold the role.
 */
@ApplicationScoped
@RequiresPermissions("directory:role:view")
public class RoleAdministration {

    static final String EDIT = "directory:role:edit";

    /** A Shiro wildcard permission: parts of letters, digits, dashes or {@code *}, separated by colons. */
    private static final Pattern PERMISSION = Pattern.compile("(\\*|[a-z][a-z0-9-]*)(:(\\*|[a-z][a-z0-9,-]*))*");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AuthorizationChanged> authorizationChanged;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Role> all() {
        return em.createQuery("select distinct r from Role r left join fetch r.permissions order by r.name", Role.class)
                .getResultList();
    }

    @Transactional
    public Role find(long id) {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new DomainException("directory.role.notFound");
        }
        role.getPermissions().size();
        return role;
    }

    /** How many officers hold each role is shown on screen; one grouped query. */
    @Transactional
    public java.util.Map<Long, Long> holders() {
        var result = new java.util.HashMap<Long, Long>();
        em.createQuery("select r.id, count(o) from Officer o join o.roles r group by r.id", Object[].class)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], (Long) row[1]));
        return result;
    }

    /**
     * Whether the current officer may edit (or delete) this role: a provincial role admin who holds every permission
     * of the role. Screens show the edit buttons only where this holds; the facade enforces it.
     */
    public boolean editable(Role role) {
        return mayEditRoles() && currentUser.permittedAll(role.getPermissions());
    }

    /** Whether the current officer may edit roles at all ({@code directory:role:edit} and {@code scope:all}). */
    public boolean mayEditRoles() {
        return currentUser.permitted(EDIT) && currentUser.permitted(AgencyScope.ALL);
    }

    /** Whether the current officer may give a permission to a role (they hold it themselves). */
    public boolean mayGrant(String permission) {
        return currentUser.permitted(permission);
    }

    @Transactional
    @RequiresPermissions({EDIT, AgencyScope.ALL})
    public Role save(Role changed, Collection<String> permissions) {
        var cleaned = new TreeSet<String>();
        for (String permission : permissions) {
            String p = permission.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (!PERMISSION.matcher(p).matches()) {
                throw new DomainException("directory.role.permission.pattern", p);
            }
            cleaned.add(p);
        }
        Set<String> before = changed.getId() == null
                ? Set.of()
                : Set.copyOf(find(changed.getId()).getPermissions());
        for (String p : cleaned) {
            if (!before.contains(p) && !currentUser.permitted(p)) {
                throw new DomainException("directory.role.permissionBeyondYours", p);
            }
        }
        long taken = em.createQuery("select count(r) from Role r where r.code = :code and r.id <> :self", Long.class)
                .setParameter("code", changed.getCode())
                .setParameter("self", changed.getId() == null ? -1L : changed.getId())
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.role.codeTaken", changed.getCode());
        }
        Role role;
        String stateBefore = null;
        if (changed.getId() == null) {
            role = changed;
            role.setPermissions(cleaned);
            em.persist(role);
        } else {
            role = find(changed.getId());
            requireEditable(role);
            stateBefore = describe(role);
            if (role.getVersion() != changed.getVersion()) {
                throw new ConcurrentChangeException();
            }
            role.setCode(changed.getCode());
            role.setName(changed.getName());
            role.setDescription(changed.getDescription());
            role.setPermissions(cleaned);
            holdersRightsChanged(role.getId());
        }
        audit.record(
                stateBefore == null ? "directory.role.create" : "directory.role.update",
                "role " + role.getCode(),
                stateBefore,
                describe(role));
        authorizationChanged.fire(new AuthorizationChanged("role " + role.getCode()));
        return role;
    }

    @Transactional
    @RequiresPermissions({EDIT, AgencyScope.ALL})
    public void delete(long id) {
        requireEditable(find(id));
        long holders = em.createQuery("select count(o) from Officer o join o.roles r where r.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (holders > 0) {
            throw new DomainException("directory.role.inUse", holders);
        }
        Role role = find(id);
        audit.record("directory.role.delete", "role " + role.getCode(), describe(role), null);
        em.remove(role);
        authorizationChanged.fire(new AuthorizationChanged("role deleted"));
    }

    /** Every session of every holder reads its permissions again at its next request, on any server. */
    private void holdersRightsChanged(long roleId) {
        em.createQuery("update Officer o set o.rightsStamp = o.rightsStamp + 1 where o.id in"
                        + " (select h.id from Officer h join h.roles r where r.id = :role)")
                .setParameter("role", roleId)
                .executeUpdate();
    }

    private static String describe(Role role) {
        return role.getName() + " " + new TreeSet<>(role.getPermissions());
    }

    private void requireEditable(Role role) {
        if (!currentUser.permittedAll(role.getPermissions())) {
            throw new DomainException("directory.role.beyondYours", role.getName());
        }
    }
}
