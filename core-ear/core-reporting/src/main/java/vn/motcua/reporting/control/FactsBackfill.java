package vn.motcua.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.WorkingClock;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.reporting.control.counting.StepHandedOn;
import vn.motcua.reporting.entity.ReportStep;

/**
 * Writes the facts of dossiers that have none (dossiers that existed before reporting was installed, or loaded by a
 * migration), or rewrites every row after a change of the counting rules: a batch per transaction.
 */
@Stateless
public class FactsBackfill {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportFacts facts;

    @Inject
    Deadlines deadlines;

    /** Up to {@code batch} dossiers without facts get them; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fillMissing(int batch, LocalDateTime now) {
        List<Dossier> missing = em.createQuery(
                        "select d from Dossier d where not exists"
                                + " (select r from ReportDossier r where r.dossierId = d.id) order by d.id",
                        Dossier.class)
                .setMaxResults(batch)
                .getResultList();
        missing.forEach(d -> facts.refresh(d, now));
        return missing.size();
    }

    /** Rewrites the facts of the dossiers with an id above {@code afterId}, up to {@code batch}; the last id done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recount(long afterId, int batch, LocalDateTime now) {
        List<Dossier> dossiers = em.createQuery(
                        "select d from Dossier d where d.id > :after order by d.id", Dossier.class)
                .setParameter("after", afterId)
                .setMaxResults(batch)
                .getResultList();
        dossiers.forEach(d -> facts.refresh(d, now));
        return dossiers.isEmpty() ? -1 : dossiers.get(dossiers.size() - 1).getId();
    }

    /**
     * Writes the steps handed on ({@code report_step}) of up to {@code batch} hand-overs with an id above {@code
     * afterId} that have none (hand-overs older than the table, or written by the data generator); returns the last
     * hand-over id looked at, or -1 when there is none left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public long fillSteps(long afterId, int batch) {
        List<Object[]> rows = new SqlStatement()
                .add(
                        "select h.id, h.dossier_id, h.from_officer_id, h.from_agency_id, h.step_name, h.verdict,"
                                + " p.handed_at, h.handed_at from hand_over h" + StepHandedOn.SQL_JOIN_PREVIOUS
                                + " where h.id > ? and " + StepHandedOn.SQL_CONDITION
                                + " and not exists (select 1 from report_step s where s.hand_over_id = h.id)"
                                + " order by h.id offset 0 rows fetch next ? rows only",
                        afterId,
                        batch)
                .query(em)
                .getResultList();
        if (rows.isEmpty()) {
            return -1;
        }
        WorkingClock clock = deadlines.dueDates().clock();
        for (Object[] r : rows) {
            ReportStep step = new ReportStep(number(r[0]), number(r[1]));
            step.set(
                    number(r[2]),
                    number(r[3]),
                    (String) r[4],
                    (String) r[5],
                    time(r[7]),
                    StepHandedOn.heldSeconds(clock, time(r[6]), time(r[7])));
            em.persist(step);
        }
        return number(rows.get(rows.size() - 1)[0]);
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
