package vn.motcua.plugins.socialwelfare.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionCounter;
import vn.motcua.spi.Plugin;

/**
 * Decision numbers per deciding agency and year ({@code 45/QĐ-UBND}, starting again at 1 each year). The year's
 * counter row of the agency is read under a pessimistic write lock in the approval's transaction, so concurrent
 * approvals on any number of servers wait for each other and never share a number; a missing row is created first
 * in its own transaction. The unique key (agency, year, number) on {@code social_welfare_decision} is a second
 * guard.
 */
@Plugin(SocialWelfarePlugin.ID)
@ApplicationScoped
public class DecisionNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Plugin(SocialWelfarePlugin.ID)
    CounterRows rows;

    /** The next number of the agency in the year; call inside the transaction that stores the decision. */
    public int next(long agencyId, int year) {
        var key = new DecisionCounter.Key(agencyId, year);
        DecisionCounter counter = em.find(DecisionCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(agencyId, year); // in its own transaction
            } catch (RowExists createdByAnother) {
                // another server created the row a moment ago: lock that one
            }
            counter = em.find(DecisionCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** {@code 45} and {@code UBND} → {@code 45/QĐ-UBND}. */
    public static String format(int sequence, String issuerSymbol) {
        return sequence + "/QĐ-" + issuerSymbol;
    }

    /** Creates a year's counter row in its own transaction, so the lock above always finds a row to lock. */
    @Plugin(SocialWelfarePlugin.ID)
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(long agencyId, int year) {
            if (em.find(DecisionCounter.class, new DecisionCounter.Key(agencyId, year)) != null) {
                return;
            }
            try {
                em.persist(new DecisionCounter(agencyId, year));
                em.flush();
            } catch (PersistenceException createdByAnother) {
                // another server created it a moment ago; this transaction rolls back and the row is there to lock
                throw new RowExists();
            }
        }
    }

    /** The row was created by another transaction first. */
    public static class RowExists extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
