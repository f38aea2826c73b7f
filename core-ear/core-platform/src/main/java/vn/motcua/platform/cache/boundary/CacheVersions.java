package vn.motcua.platform.cache.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The version rows of the caches a server keeps across requests (table {@code cache_version}, one row per cache,
 * created by the migration that introduces the cache). Whoever changes what a cache holds calls {@link #bump} in the
 * same transaction; a cache compares {@link #current} with the version its copy was built from, at most once a
 * second ({@link VersionedCache}). Chosen over Payara's clustered events or a Hazelcast topic: a bump commits or rolls
 * back with the change (never a notice of a change that did not happen, never a change without one), a server that
 * was down or cut off from the grid catches up by itself, and production on SQL Server needs no grid at all.
 */
@ApplicationScoped
public class CacheVersions {

    @PersistenceContext
    EntityManager em;

    /** Moves the cache's version on, in the caller's transaction (the change and the bump commit together). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(String cache) {
        int rows = em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE name = ?1")
                .setParameter(1, cache)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalArgumentException("no cache_version row for " + cache + ": add it in a migration");
        }
    }

    /** The cache's current committed version. */
    @Transactional
    public long current(String cache) {
        Object version = em.createNativeQuery("SELECT version FROM cache_version WHERE name = ?1")
                .setParameter(1, cache)
                .getSingleResult();
        return ((Number) version).longValue();
    }
}
