package vn.motcua.dossier.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.VersionStatus;

/**
 * The procedures a dossier can be handed in for on a day: active, with a published version in force (the latest
 * effective date not after the day). No permission of its own: the counter and the public portal both read it, each
 * inside its own facade's transaction.
 */
@ApplicationScoped
public class ProceduresInForce {

    @PersistenceContext
    EntityManager em;

    /** The version in force of every active procedure, by name (the name of that version). */
    public List<ProcedureVersion> on(LocalDate day) {
        return em.createQuery(
                        "select v from ProcedureVersion v join fetch v.procedure p join fetch v.decidingAgency"
                                + " where v.status = :published and v.effectiveFrom <= :today"
                                + " and not exists (select w from ProcedureVersion w where w.procedure = p"
                                + " and w.status = :published and w.effectiveFrom <= :today"
                                + " and (w.effectiveFrom > v.effectiveFrom"
                                + " or (w.effectiveFrom = v.effectiveFrom and w.number > v.number)))",
                        ProcedureVersion.class)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("today", day)
                .getResultStream()
                // active is filtered here: next to the subquery EclipseLink inlines a boolean, which H2 refuses
                .filter(v -> v.getProcedure().isActive())
                .sorted(Comparator.comparing(ProcedureVersion::getName))
                .toList();
    }

    /**
     * The version of an active procedure in force on the day, with its documents, fees, steps and form fields loaded
     * (a page keeps it after the transaction).
     */
    public Optional<ProcedureVersion> of(long procedureId, LocalDate day) {
        return em.createQuery(
                        "select v from ProcedureVersion v where v.procedure.id = :id and v.status = :published"
                                + " and v.effectiveFrom <= :day order by v.effectiveFrom desc, v.number desc",
                        ProcedureVersion.class)
                .setParameter("id", procedureId)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(v -> v.getProcedure().isActive())
                .map(this::loaded);
    }

    private ProcedureVersion loaded(ProcedureVersion version) {
        em.createQuery("select d from RequiredDocument d left join fetch d.documentType where d.procedureVersion = :v")
                .setParameter("v", version)
                .getResultList();
        em.createQuery("select s from ProcessStep s join fetch s.role left join fetch s.agency"
                        + " where s.procedureVersion = :v")
                .setParameter("v", version)
                .getResultList();
        version.getDocuments().size();
        version.getFees().size();
        version.getSteps().size();
        version.getFormFields().size();
        version.getSector().getName();
        version.getDecidingAgency().getName();
        return version;
    }
}
