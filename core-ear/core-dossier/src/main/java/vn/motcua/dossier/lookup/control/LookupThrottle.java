package vn.motcua.dossier.lookup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.dossier.entity.LookupAttempt;
import vn.motcua.platform.cache.boundary.CacheVersions;
import vn.motcua.platform.cache.boundary.VersionedCache;
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
 *
 * <p>A lookup does not read that table: each server keeps the clients held back now (at or over the limit, window
 * not ended) in a {@link VersionedCache}, a few rows at most. The failure that brings a client to the limit bumps the
 * cache's version row ({@value #CACHE}) in its own transaction, and the server that counted it rebuilds its copy at
 * once ({@link #failed} reads the count back), so the next lookup there is refused; the other servers rebuild within
 * a second. A guesser spread over servers thus gets at most one failure more on each server that has not yet rebuilt
 * (its failure there reads the count back too), as concurrent requests could already before; only a right answer on
 * another server may still be served within that second. Measured at a million dossiers: the primary-key read of
 * {@code lookup_attempt} on every lookup was 18 % of the lookup API's profile.
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

    /** The name of the held-back clients' row in {@code cache_version}. */
    public static final String CACHE = "lookup-throttle";

    @Inject
    CacheVersions versions;

    /** The clients held back, by key: when their window ends. */
    private final VersionedCache<Map<String, LocalDateTime>> held = new VersionedCache<>();

    /** How long this client must wait before looking up again, or {@link Duration#ZERO}. */
    public Duration waitFor(String clientKey, LocalDateTime now) {
        LocalDateTime free = held.get(() -> versions.current(CACHE), () -> heldBack(LocalDateTime.now()))
                .get(clientKey);
        return free != null && free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
    }

    /** The clients at or over the limit whose window has not ended, with the moment it ends. */
    private Map<String, LocalDateTime> heldBack(LocalDateTime now) {
        var clients = new HashMap<String, LocalDateTime>();
        em.createQuery(
                        "select a.clientKey, a.windowStart from LookupAttempt a"
                                + " where a.failures >= :max and a.windowStart > :windowOpen",
                        Object[].class)
                .setParameter("max", maxFailures)
                .setParameter("windowOpen", now.minusMinutes(windowMinutes))
                .getResultStream()
                .forEach(row -> clients.put((String) row[0], ((LocalDateTime) row[1]).plusMinutes(windowMinutes)));
        return Map.copyOf(clients);
    }

    /**
     * After {@link #failed} returned true (committed): this server rebuilds its held-back clients at the next
     * lookup, instead of up to a second later.
     */
    public void reachedLimit() {
        held.forget();
    }

    /**
     * Counts a failed lookup: one more in the client's current window, or the first of a new one. In its own
     * transaction, so it stays counted when the lookup's transaction rolls back.
     *
     * @return whether the client is now at or over the limit (the held-back clients' version was bumped with the
     *     count: call {@link #reachedLimit} once this returned)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(String clientKey, LocalDateTime now) {
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
        Integer failures = em.createQuery(
                        "select a.failures from LookupAttempt a where a.clientKey = :key", Integer.class)
                .setParameter("key", clientKey)
                .getSingleResult();
        if (failures.intValue() < maxFailures) {
            return false;
        }
        versions.bump(CACHE);
        return true;
    }

    /** Forgets the clients whose window has ended: their row would count nothing any more. */
    @Transactional
    public int sweep(LocalDateTime now) {
        return em.createQuery("delete from LookupAttempt a where a.windowStart < :windowOpen")
                .setParameter("windowOpen", now.minusMinutes(windowMinutes))
                .executeUpdate();
    }
}
