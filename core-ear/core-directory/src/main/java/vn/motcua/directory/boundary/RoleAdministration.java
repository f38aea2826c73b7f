package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.security.control.AuthorizationChanged;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Roles and their permissions. Changing roles is a provincial matter ({@code directory:role:edit}); a role held by
 * anyone cannot be deleted. Every change empties the permission cache so it takes effect at once.
 */
@ApplicationScoped
@RequiresPermissions("directory:role:view")
public class RoleAdministration {

    /** A Shiro wildcard permission: parts of letters, digits, dashes or {@code *}, separated by colons. */
    private static final Pattern PERMISSION = Pattern.compile("(\\*|[a-z][a-z0-9-]*)(:(\\*|[a-z][a-z0-9,-]*))*");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AuthorizationChanged> authorizationChanged;

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

    @Transactional
    @RequiresPermissions("directory:role:edit")
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
        long taken = em.createQuery("select count(r) from Role r where r.code = :code and r.id <> :self", Long.class)
                .setParameter("code", changed.getCode())
                .setParameter("self", changed.getId() == null ? -1L : changed.getId())
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.role.codeTaken", changed.getCode());
        }
        Role role;
        if (changed.getId() == null) {
            role = changed;
            role.setPermissions(cleaned);
            em.persist(role);
        } else {
            role = find(changed.getId());
            if (role.getVersion() != changed.getVersion()) {
                throw new ConcurrentChangeException();
            }
            role.setCode(changed.getCode());
            role.setName(changed.getName());
            role.setDescription(changed.getDescription());
            role.setPermissions(cleaned);
        }
        authorizationChanged.fire(new AuthorizationChanged("role " + role.getCode()));
        return role;
    }

    @Transactional
    @RequiresPermissions("directory:role:edit")
    public void delete(long id) {
        long holders = em.createQuery("select count(o) from Officer o join o.roles r where r.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (holders > 0) {
            throw new DomainException("directory.role.inUse", holders);
        }
        em.remove(find(id));
        authorizationChanged.fire(new AuthorizationChanged("role deleted"));
    }
}
