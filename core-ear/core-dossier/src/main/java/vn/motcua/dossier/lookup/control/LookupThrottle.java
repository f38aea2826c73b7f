package vn.motcua.dossier.lookup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.dossier.entity.LookupAttempt;
import vn.motcua.platform.security.control.Clients;

/**
 * Slows down guessing of lookup secrets: a client (see {@link Clients}) that failed
 * {@code motcua.lookup.max-failures} times (default 10) within {@code motcua.lookup.window-minutes} (default 15) of
 * its first failure is refused until that window ends, right answers included. Successes neither count nor reset.
 *
 * <p>The count lives in the database (table {@code lookup_attempt}, one row per client, no shared cache), so every
 * server of a cluster sees the same count and a restart forgets nothing; a failure is recorded in its own
 * transaction with a single atomic UPDATE, so concurrent failures on several servers all count. Behind a load
 * balancer, set {@code motcua.lookup.client-address-header} (see {@link Clients}).
 */
@ApplicationScoped
public class LookupThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "motcua.lookup.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "motcua.lookup.window-minutes", defaultValue = "15")
    int windowMinutes;

    /** How long this client must wait before looking up again, or {@link Duration#ZERO}. */
    public Duration waitFor(String clientKey, LocalDateTime now) {
        LookupAttempt attempt = em.find(LookupAttempt.class, clientKey);
        if (attempt == null || attempt.getFailures() < maxFailures) {
            return Duration.ZERO;
        }
        LocalDateTime free = attempt.getWindowStart().plusMinutes(windowMinutes);
        return free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
    }

    /**
     * Counts a failed lookup: one more in the client's current window, or the first of a new one. In its own
     * transaction, so it stays counted when the lookup's transaction rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String clientKey, LocalDateTime now) {
        int counted = em.createQuery("update LookupAttempt a set a.failures = a.failures + 1"
                        + " where a.clientKey = :key and a.windowStart > :windowOpen")
                .setParameter("key", clientKey)
                .setParameter("windowOpen", now.minusMinutes(windowMinutes))
                .executeUpdate();
        if (counted == 0) {
            counted = em.createQuery(
                            "update LookupAttempt a set a.failures = 1, a.windowStart = :now where a.clientKey = :key")
                    .setParameter("key", clientKey)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        if (counted == 0) {
            em.persist(new LookupAttempt(clientKey, now));
            em.flush(); // a row another server inserted a moment ago fails here; the caller counts again
        }
    }

    /** Forgets the clients whose window has ended: their row would count nothing any more. */
    @Transactional
    public int sweep(LocalDateTime now) {
        return em.createQuery("delete from LookupAttempt a where a.windowStart < :windowOpen")
                .setParameter("windowOpen", now.minusMinutes(windowMinutes))
                .executeUpdate();
    }
}
