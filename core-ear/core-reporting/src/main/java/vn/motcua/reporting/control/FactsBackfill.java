package vn.motcua.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.entity.Dossier;

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
}
