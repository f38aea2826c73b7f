package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import vn.motcua.dossier.entity.Dossier;

/**
 * The line of a dossier in its receiving agency's register book (form 06): one book per agency and year, lines
 * numbered from 1 as dossiers are received. One atomic {@code UPDATE … last_number + 1} in the receipt's transaction
 * holds the counter row until it ends, so receipts on several servers never share a line, and a receipt rolled back
 * gives its number back.
 */
@ApplicationScoped
public class RegisterNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRow rows;

    /** Enters the dossier, received now, in its agency's book of the year. */
    public void enter(Dossier dossier, LocalDateTime receivedAt) {
        long agency = dossier.getReceivingAgency().getId();
        int year = receivedAt.getYear();
        if (increment(agency, year) == 0) {
            rows.create(agency, year);
            increment(agency, year);
        }
        Number last = (Number) em.createNativeQuery(
                        "select last_number from register_counter where agency_id = ?1 and register_year = ?2")
                .setParameter(1, agency)
                .setParameter(2, year)
                .getSingleResult();
        dossier.entered(year, last.intValue());
    }

    private int increment(long agency, int year) {
        return em.createNativeQuery("update register_counter set last_number = last_number + 1"
                        + " where agency_id = ?1 and register_year = ?2")
                .setParameter(1, agency)
                .setParameter(2, year)
                .executeUpdate();
    }

    /** The "Quyển số…, số thứ tự…" of form 01, or {@code null} before receipt. */
    public static String entry(Dossier dossier) {
        if (dossier.getRegisterNumber() == null) {
            return null;
        }
        return "Quyển số " + dossier.getRegisterYear() + ", số thứ tự " + dossier.getRegisterNumber();
    }

    /** Creates a year's counter row in its own transaction (another server may have just done it). */
    @ApplicationScoped
    public static class CounterRow {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(long agency, int year) {
            try {
                em.createNativeQuery("insert into register_counter (agency_id, register_year, last_number)"
                                + " values (?1, ?2, 0)")
                        .setParameter(1, agency)
                        .setParameter(2, year)
                        .executeUpdate();
            } catch (PersistenceException createdByAnother) {
                // the row is there: the caller's update finds it
            }
        }
    }
}
