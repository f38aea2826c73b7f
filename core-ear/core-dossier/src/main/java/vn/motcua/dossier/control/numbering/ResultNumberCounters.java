package vn.motcua.dossier.control.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.entity.ResultNumberCounter;

/**
 * Hands out result numbers the way {@link vn.motcua.dossier.control.DossierCodes} hands out dossier codes: the
 * counter row of (series, agency, year) is read under a pessimistic write lock in the caller's transaction, so callers
 * on any number of servers wait for each other and never share a number, and a rolled-back caller gives its number
 * back. A missing row is created first in a transaction of its own; when another server creates it at the same
 * moment, only that inner attempt fails and the row it lost to is locked instead.
 */
@ApplicationScoped
public class ResultNumberCounters {

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    /** The next number; only inside the caller's transaction (the one that records what it numbers). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(String series, long agencyId, int year) {
        var key = new ResultNumberCounter.Key(series, agencyId, year);
        ResultNumberCounter counter = em.find(ResultNumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(series, agencyId, year); // in its own transaction
            } catch (RowExists createdByAnother) {
                // another server created the row a moment ago: lock that one
            }
            counter = em.find(ResultNumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                throw new IllegalStateException("No result number row for " + series + ", agency " + agencyId + ", "
                        + year + " (is there an agency " + agencyId + "?)");
            }
        }
        return counter.next();
    }

    /** Creates a counter row in its own transaction, so the lock above always finds a row to lock. */
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String series, long agencyId, int year) {
            if (em.find(ResultNumberCounter.class, new ResultNumberCounter.Key(series, agencyId, year)) != null) {
                return;
            }
            try {
                em.persist(new ResultNumberCounter(series, agencyId, year));
                em.flush();
            } catch (PersistenceException alreadyThere) {
                // another server created it a moment ago (or there is no such agency): this attempt rolls back
                throw new RowExists();
            }
        }
    }

    /** The row was created by another transaction first; the attempt is rolled back and the row is there. */
    static class RowExists extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
