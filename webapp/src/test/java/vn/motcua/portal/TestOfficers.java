package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.shiro.authc.credential.PasswordService;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.security.control.Passwords;

/** In-container fixture: officers with known random passwords, created straight in the database. */
@ApplicationScoped
public class TestOfficers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordService passwords;

    /** Creates (once) an officer with a role in one or more agencies; returns their (new) password. */
    @Transactional
    public String create(String username, String roleCode, long agencyId, long... moreAgencyIds) {
        String password = Passwords.random(14);
        Officer officer = em.createQuery("select o from Officer o where o.username = :u", Officer.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var o = new Officer();
                    o.setUsername(username);
                    o.setFullName("Cán bộ " + username);
                    o.getAgencies().add(em.find(Agency.class, agencyId));
                    for (long more : moreAgencyIds) {
                        o.getAgencies().add(em.find(Agency.class, more));
                    }
                    o.getRoles()
                            .add(em.createQuery("select r from Role r where r.code = :c", Role.class)
                                    .setParameter("c", roleCode)
                                    .getSingleResult());
                    em.persist(o);
                    return o;
                });
        officer.changePassword(passwords.encryptPassword(password), false);
        return password;
    }

    /** Creates (once) {@code count} officers without a password, {@code prefix01, prefix02…}, each with two roles. */
    @Transactional
    public void createMany(String prefix, int count, long agencyId) {
        var roles = em.createQuery("select r from Role r where r.code in ('COUNTER_OFFICER', 'LEADER')", Role.class)
                .getResultList();
        for (int i = 1; i <= count; i++) {
            String username = prefix + String.format("%02d", i);
            if (em.createQuery("select count(o) from Officer o where o.username = :u", Long.class)
                            .setParameter("u", username)
                            .getSingleResult()
                    == 0) {
                var o = new Officer();
                o.setUsername(username);
                o.setFullName("Cán bộ " + username);
                o.getAgencies().add(em.find(Agency.class, agencyId));
                o.getRoles().addAll(roles);
                em.persist(o);
            }
        }
    }

    @Transactional
    public long idOf(String username) {
        return em.createQuery("select o.id from Officer o where o.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    /** The agencies the officer belongs to, read fresh from the database. */
    @Transactional
    public java.util.List<Long> agencyIdsOf(String username) {
        return em.createQuery(
                        "select a.id from Officer o join o.agencies a where o.username = :u order by a.id", Long.class)
                .setParameter("u", username)
                .getResultList();
    }

    /** Creates (once) a role with these permissions, for tests that need rights no standard role has. */
    @Transactional
    public void role(String code, String... permissions) {
        if (em.createQuery("select count(r) from Role r where r.code = :c", Long.class)
                        .setParameter("c", code)
                        .getSingleResult()
                == 0) {
            var role = new Role();
            role.setCode(code);
            role.setName("Vai trò " + code);
            role.setPermissions(java.util.Set.of(permissions));
            em.persist(role);
        }
    }

    /** The permissions of a role, read fresh from the database. */
    @Transactional
    public java.util.Set<String> permissionsOf(String roleCode) {
        return new java.util.TreeSet<>(
                em.createQuery("select p from Role r join r.permissions p where r.code = :c", String.class)
                        .setParameter("c", roleCode)
                        .getResultList());
    }

    /** Gives an existing officer a chosen password (no change required at login). */
    @Transactional
    public void setPassword(String username, String password) {
        em.createQuery("select o from Officer o where o.username = :u", Officer.class)
                .setParameter("u", username)
                .getSingleResult()
                .changePassword(passwords.encryptPassword(password), false);
    }
}
