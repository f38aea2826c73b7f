package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.directory.entity.Officer;

/**
 * What the security realm needs from the directory: an account by username, the grants of an officer, and the
 * bookkeeping of failed and successful logins (each in its own transaction, so a failed login is counted even
 * though the login itself fails).
 */
@ApplicationScoped
public class OfficerLogins {

    /** The fields the realm reads; never leaves the server. */
    public record Account(
            long id, String username, String fullName, String passwordHash, boolean active, boolean locked) {}

    public record Grants(Set<String> roles, Set<String> permissions) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "motcua.security.max-failed-logins", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "motcua.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Transactional
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select o from Officer o where o.username = :username", Officer.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream()
                .findFirst()
                .map(o -> new Account(
                        o.getId(),
                        o.getUsername(),
                        o.getFullName(),
                        o.getPasswordHash(),
                        o.isActive(),
                        o.isLockedAt(LocalDateTime.now())));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long officerId) {
        Officer officer = em.find(Officer.class, officerId);
        officer.loginFailed(LocalDateTime.now(), maxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(long officerId) {
        em.find(Officer.class, officerId).loginSucceeded(LocalDateTime.now());
    }

    /** Whether the officer must change their password before doing anything else. */
    @Transactional
    public boolean passwordChangeRequired(long officerId) {
        return em.find(Officer.class, officerId).isPasswordChangeRequired();
    }

    /** Role codes and permissions of an active officer, in one query. */
    @Transactional
    public Grants grants(long officerId) {
        List<Object[]> rows = em.createQuery(
                        "select r.code, p from Officer o join o.roles r left join r.permissions p"
                                + " where o.id = :id and o.active = :active",
                        Object[].class)
                .setParameter("id", officerId)
                .setParameter("active", Boolean.TRUE)
                .getResultList();
        var roles = new HashSet<String>();
        var permissions = new HashSet<String>();
        for (Object[] row : rows) {
            roles.add((String) row[0]);
            if (row[1] != null) {
                permissions.add((String) row[1]);
            }
        }
        return new Grants(Set.copyOf(roles), Set.copyOf(permissions));
    }
}
