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

    /** Creates (once) an officer with a role in an agency; returns their password. */
    @Transactional
    public String create(String username, String roleCode, long agencyId) {
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

    /** Gives an existing officer a chosen password (no change required at login). */
    @Transactional
    public void setPassword(String username, String password) {
        em.createQuery("select o from Officer o where o.username = :u", Officer.class)
                .setParameter("u", username)
                .getSingleResult()
                .changePassword(passwords.encryptPassword(password), false);
    }
}
