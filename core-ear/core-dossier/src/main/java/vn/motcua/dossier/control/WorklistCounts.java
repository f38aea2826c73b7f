package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.platform.cache.boundary.CacheVersions;
import vn.motcua.platform.cache.boundary.VersionedCache;
import vn.motcua.spi.dossier.DossierTransitioned;

/**
 * The sizes of the worklists shown on the tabs of the officer's screen, kept by each server between changes of any
 * dossier (cache version row {@value #CACHE}). Measured at a million dossiers: the four capped counts of the tab
 * labels ran on every GET of the worklist and read up to 8,008 index rows for "all dossiers" alone; an officer (or a
 * department) who opens the screen again while no dossier changed now reads no row.
 *
 * <p>A count is kept by what it depends on ({@link Key}: the list, the agencies of the officer's scope, and the
 * officer for the lists of one officer), so the officers of a department share theirs. Every transition of a dossier
 * ({@link DossierTransitioned}, the online submission included) bumps the version once it has committed, in a
 * transaction of its own, and this server forgets its counts at once; the other servers rebuild within a second
 * ({@link VersionedCache}). Bumping after the commit keeps the busy transitions free of a lock on one row shared by
 * all of them, and cannot leave a count stale: a count built after the bump reads the committed change. A server
 * that stops between a commit and its bump leaves counts that are stale until the next change anywhere.
 * Reorganisations, which move dossiers with set-based statements, bump in their own transaction ({@link
 * #bumpInTransaction}).
 */
@ApplicationScoped
public class WorklistCounts {

    private static final Logger LOG = Logger.getLogger(WorklistCounts.class.getName());

    /** The name of the worklist counts' row in {@code cache_version}. */
    public static final String CACHE = "worklist-counts";

    /** Counts kept at most per version (officers and lists): past it, the kept ones are dropped and built again. */
    private static final int MAX_KEPT = 20_000;

    /**
     * What a count depends on besides the dossiers: the list, the agencies' paths of the officer's scope ({@code null}
     * when unrestricted) and the officer, for the lists of one officer only ({@code null} otherwise).
     */
    public record Key(String list, List<String> scopePaths, Long officerId) {}

    @Inject
    CacheVersions versions;

    /** This bean through its proxy, so that {@link #bump} runs in a transaction of its own. */
    @Inject
    WorklistCounts self;

    private final VersionedCache<Map<Key, Long>> counts = new VersionedCache<>();

    /** The count kept for the key since the last change of a dossier, or counted now and kept. */
    public long get(Key key, LongSupplier count) {
        Map<Key, Long> kept = counts.get(() -> versions.current(CACHE), ConcurrentHashMap::new);
        Long known = kept.get(key);
        if (known != null) {
            return known;
        }
        long counted = count.getAsLong();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, counted);
        return counted;
    }

    /** A transition committed: every server counts again (this one at once, the others within a second). */
    void transitioned(@Observes(during = TransactionPhase.AFTER_SUCCESS) DossierTransitioned event) {
        try {
            self.bump();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "worklist counts: version not bumped after a change of dossier " + event.dossierId()
                            + " (other servers count again at the next change)",
                    e);
        } finally {
            counts.forget();
        }
    }

    /** Bumps the version in a transaction of its own (called after the change committed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bump() {
        versions.bump(CACHE);
    }

    /**
     * Bumps the version in the caller's transaction (a reorganisation moving dossiers with set-based statements, no
     * transition fired): the other servers count again within a second of its commit, this one at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bumpInTransaction() {
        versions.bump(CACHE);
        counts.forget();
    }
}
