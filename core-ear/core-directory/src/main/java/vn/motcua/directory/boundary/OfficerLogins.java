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
import vn.motcua.platform.security.control.AccountStamp;
import vn.motcua.platform.security.control.AccountStamps;

/**
 * What the security realm needs from the directory: an account by username, the grants of an officer, the account's
 * stamps that every request of its sessions checks, and the bookkeeping of login attempts.
 *
 * <p>The lockout is counted by conditional UPDATEs in the database, never read-modify-write, so it holds across
 * threads and servers: an attempt first {@linkplain #claimAttempt claims} one of the allowed failures (refused once
 * they are used up or while locked), and only a claimed attempt has its password checked. Each bookkeeping step runs
 * in its own transaction, so a failed login is counted even though the login itself fails.
 */
@ApplicationScoped
public class OfficerLogins implements AccountStamps {

    /** The fields the realm reads; never leaves the server. */
    public record Account(
            long id, String username, String fullName, String passwordHash, boolean active, AccountStamp stamp) {}

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
                        new AccountStamp(o.getRightsStamp(), o.getSessionsStamp())));
    }

    /**
     * Claims one attempt: counts it as a failure in advance, unless the account is locked or the allowed failures
     * are used up by attempts still running. {@code false}: refuse without checking the password. One conditional
     * UPDATE, so ten simultaneous attempts on five allowed failures get five claims, on any number of servers.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claimAttempt(long officerId) {
        return em.createQuery("update Officer o set o.failedLogins = o.failedLogins + 1 where o.id = :id"
                                + " and o.failedLogins < :max and (o.lockedUntil is null or o.lockedUntil <= :now)")
                        .setParameter("id", officerId)
                        .setParameter("max", maxFailures)
                        .setParameter("now", LocalDateTime.now())
                        .executeUpdate()
                == 1;
    }

    /**
     * The claimed attempt had a wrong password: it stays counted, and if it was the last allowed one the account
     * locks for {@code motcua.security.lockout-minutes}. Returns whether this failure locked the account.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean failed(long officerId) {
        LocalDateTime now = LocalDateTime.now();
        return em.createQuery("update Officer o set o.lockedUntil = :until, o.failedLogins = 0"
                                + " where o.id = :id and o.failedLogins >= :max")
                        .setParameter("until", now.plus(Duration.ofMinutes(lockoutMinutes)))
                        .setParameter("id", officerId)
                        .setParameter("max", maxFailures)
                        .executeUpdate()
                == 1;
    }

    /** The claimed attempt had the right password: the count starts again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(long officerId) {
        em.createQuery("update Officer o set o.failedLogins = 0, o.lockedUntil = null, o.lastLoginAt = :now"
                        + " where o.id = :id")
                .setParameter("now", LocalDateTime.now())
                .setParameter("id", officerId)
                .executeUpdate();
    }

    /** One primary-key read per request of a signed-in officer (see {@code SessionGuard}); straight from the table. */
    @Override
    @Transactional
    public Optional<AccountStamp> current(long accountId) {
        return em.createQuery(
                        "select o.active, o.rightsStamp, o.sessionsStamp from Officer o where o.id = :id",
                        Object[].class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst()
                .filter(row -> Boolean.TRUE.equals(row[0]))
                .map(row -> new AccountStamp(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
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
