package vn.motcua.dossier.worklist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.directory.entity.Officer;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.worklist.boundary.DossierDetail.OfficerChoice;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The choices the dossier screen's action dialogs offer for one dossier: whom to assign or forward to, which agency a
 * step may be transferred to, which counter accepts an online submission. The dossier is read through
 * {@link DossierReader#find}, so an officer only gets choices for a dossier in their scope.
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class ActionChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierReader reader;

    /**
     * Officers who may take the dossier at its current step ({@code next = false}: whom to assign) or at the next
     * one ({@code next = true}: whom to forward to): active, holding the step's role (as the implementing agency mapped
     * it), and with the step's agency in their scope (a member of it or of an agency above it), as the workflow will
     * check when they act.
     */
    @Transactional
    public List<OfficerChoice> officersFor(long dossierId, boolean next) {
        Dossier dossier = reader.find(dossierId).dossier();
        List<ProcessStep> steps = dossier.getProcedureVersion().getSteps();
        int position = dossier.getStepPosition() + (next ? 1 : 0);
        if (position >= steps.size()) {
            return List.of();
        }
        ProcessStep step = steps.get(position);
        Agency agency = DossierClock.agencyOf(step, dossier);
        // "active" is filtered here: EclipseLink inlines a boolean next to the join as 1, which H2 refuses.
        return em.createQuery(
                        "select distinct o from Officer o join o.agencies m join o.roles r, Agency a"
                                + " where a.id = :agency and a.path like concat(m.path, '%') and r.id = :role"
                                + " order by o.fullName",
                        Officer.class)
                .setParameter("agency", agency.getId())
                .setParameter("role", DossierClock.roleOf(step, dossier).getId())
                .getResultStream()
                .filter(Officer::isActive)
                .map(o -> new OfficerChoice(o.getId(), o.getFullName()))
                .toList();
    }

    /** Where the current step may be transferred to (interconnected procedures): any other active agency. */
    @Transactional
    public List<OfficerChoice> transferAgencies(long dossierId) {
        Dossier dossier = reader.find(dossierId).dossier();
        return em.createQuery("select a from Agency a order by a.path", Agency.class)
                .getResultStream()
                .filter(Agency::isActive)
                .filter(a -> !a.getId().equals(dossier.getCurrentAgency().getId()))
                .map(a -> new OfficerChoice(a.getId(), a.getName()))
                .toList();
    }

    /** The active counters of the dossier's receiving agency: where an online submission is accepted. */
    @Transactional
    public List<OfficerChoice> countersFor(long dossierId) {
        Dossier dossier = reader.find(dossierId).dossier();
        return em.createQuery("select c from Counter c where c.agency.id = :agency order by c.name", Counter.class)
                .setParameter("agency", dossier.getReceivingAgency().getId())
                .getResultStream()
                .filter(Counter::isActive)
                .map(c -> new OfficerChoice(c.getId(), c.getName()))
                .toList();
    }
}
