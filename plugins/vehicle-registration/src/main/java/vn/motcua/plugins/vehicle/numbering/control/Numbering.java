package vn.motcua.plugins.vehicle.numbering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.numbering.entity.NumberCounter;
import vn.motcua.plugins.vehicle.numbering.entity.NumberCounter.Series;
import vn.motcua.spi.Plugin;

/**
 * Hands out the next number of a series for an agency and year. The counter row is read under a pessimistic write
 * lock in the caller's transaction (the approval's): concurrent approvals wait for each other and never share a
 * number, and a rolled-back approval gives its number back. A missing row is created first in its own transaction, so
 * there is always a row to lock even when two servers issue the year's first number at once.
 */
@Plugin(VehicleRegistrationPlugin.ID)
@ApplicationScoped
public class Numbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    CounterRows rows;

    /** The next number; call inside the transaction that records what it numbers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long agencyId, Series series, int year) {
        var key = new NumberCounter.Key(agencyId, series, year);
        NumberCounter counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(agencyId, series, year);
            } catch (RowExists createdByAnother) {
                // another transaction created it a moment ago: lock that one
            }
            counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** Creates a year's counter row in its own transaction. */
    @Plugin(VehicleRegistrationPlugin.ID)
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(long agencyId, Series series, int year) {
            if (em.find(NumberCounter.class, new NumberCounter.Key(agencyId, series, year)) != null) {
                return;
            }
            try {
                em.persist(new NumberCounter(agencyId, series, year));
                em.flush();
            } catch (PersistenceException alreadyThere) {
                throw new RowExists();
            }
        }
    }

    /** The row was created by another transaction first; this attempt is rolled back and the row is there. */
    static class RowExists extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
