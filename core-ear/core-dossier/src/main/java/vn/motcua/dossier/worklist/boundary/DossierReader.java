package vn.motcua.dossier.worklist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.DueStatus;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Role;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.worklist.control.AllowedActions;
import vn.motcua.dossier.worklist.control.FormDisplay;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The officer's reading of one dossier: the dossier page's {@link #find} (the dossier, in the officer's scope, with
 * everything its screen shows, and its hand-overs), and a dossier as a row of a worklist ({@link DossierSearch} pages
 * the lists). An officer sees a dossier only if one of the agencies that has held it is in their scope.
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    Deadlines deadlines;

    @Inject
    AllowedActions allowedActions;

    @Inject
    FormDisplay formDisplay;

    /**
     * A dossier the officer's agencies have held, with everything its screen shows. One statement reads the dossier
     * with the rows it points to (applicant, procedure and its version, agencies, assignee, counter); its own lists
     * follow one statement each, the steps' roles and their permissions one statement each, the hand-overs with their
     * officers and agencies in one. Measured at a million dossiers: 28 statements per GET of the dossier page before (commits aside),
     * one per relation read lazily (the roles of the steps one by one, each with its permissions).
     */
    @Transactional
    public DossierDetail find(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Dossier> query = cb.createQuery(Dossier.class);
        Root<Dossier> d = query.from(Dossier.class);
        d.fetch("applicant");
        d.fetch("procedure");
        d.fetch("procedureVersion");
        d.fetch("currentAgency");
        d.fetch("receivingAgency");
        d.fetch("assignee", JoinType.LEFT);
        d.fetch("counter", JoinType.LEFT);
        query.select(d)
                .where(DossierSearch.present(Arrays.asList(
                        cb.equal(d.get("id"), id), DossierSearch.heldInScope(cb, query, d, false, scope.snapshot()))));
        TypedQuery<Dossier> one = em.createQuery(query);
        one.setHint("eclipselink.batch.type", "IN");
        one.setHint("eclipselink.batch", "d.files.document");
        one.setHint("eclipselink.batch", "d.extensions.officer");
        Dossier dossier = one.getResultStream().findFirst().orElseThrow(() -> new DomainException("dossier.notFound"));
        // Load what the page reads while the transaction is open.
        dossier.getApplicant().getName();
        // The steps' roles with their permissions in two statements, before the steps name them (one role and its
        // permissions per step otherwise: batch hints do not reach through the fetched version).
        em.createQuery(
                        "select r from Role r where r.id in"
                                + " (select s.role.id from ProcessStep s where s.procedureVersion = :version)",
                        Role.class)
                .setParameter("version", dossier.getProcedureVersion())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.permissions")
                .getResultList();
        dossier.getProcedureVersion().getSteps().forEach(s -> s.getRole().getName());
        dossier.getProcedureVersion().getFormFields().size();
        dossier.getProcedureVersion().getDocuments().size();
        dossier.getCurrentAgency().getName();
        dossier.getReceivingAgency().getName();
        if (dossier.getAssignee() != null) {
            dossier.getAssignee().getFullName();
        }
        if (dossier.getCounter() != null) {
            dossier.getCounter().getName();
        }
        dossier.getDocuments().size();
        dossier.getFiles().forEach(f -> {
            if (f.getDocument() != null) {
                f.getDocument().getName();
            }
        });
        if (dossier.getResultFile() != null) {
            dossier.getResultFile().getFileName();
        }
        dossier.getFees().size();
        dossier.getPauses().size();
        dossier.getExtensions().forEach(e -> e.getOfficer().getFullName());
        List<HandOver> handOvers = em.createQuery(
                        "select h from HandOver h left join fetch h.fromOfficer left join fetch h.toOfficer"
                                + " left join fetch h.fromAgency left join fetch h.toAgency"
                                + " where h.dossier = :dossier order by h.position",
                        HandOver.class)
                .setParameter("dossier", dossier)
                .getResultList();
        Clock clock = clock(dossier, LocalDateTime.now());
        return new DossierDetail(
                dossier,
                List.copyOf(handOvers),
                formDisplay.of(dossier),
                allowedActions.of(dossier),
                clock == null ? null : clock.status().urgency(),
                clock == null ? null : clock.status().remainingWorkingDays(),
                clock == null ? null : clock.status().remainingWorkingTime().toMinutes());
    }

    /** A dossier as a row of a worklist (its relations loaded by the page's batch reads). */
    DossierRow row(Dossier d, LocalDateTime now) {
        Clock clock = clock(d, now);
        // Before the counter has checked it, an online submission is listed under the name its applicant typed.
        boolean unchecked = d.getState() == DossierState.SUBMITTED && d.getDeclared() != null;
        return new DossierRow(
                d.getId(),
                d.getCode(),
                unchecked ? d.getDeclared().getName() : d.getApplicant().getName(),
                d.getApplicant().getIdNumber(),
                d.getProcedureVersion().getName(),
                d.getReceivedAt(),
                d.getDueAt(),
                d.getState(),
                d.getAssignee() == null ? null : d.getAssignee().getFullName(),
                d.getCurrentAgency().getName(),
                clock == null ? null : clock.status().urgency(),
                clock == null ? null : clock.status().remainingWorkingDays(),
                clock == null ? null : clock.status().remainingWorkingTime().toMinutes(),
                d.getSubmittedAt());
    }

    private record Clock(DueStatus status) {}

    /** Where the dossier stands against its due moment; frozen while paused, none once the result is ready. */
    private Clock clock(Dossier d, LocalDateTime now) {
        if (d.getDueAt() == null || d.getResultReadyAt() != null || d.getClosedAt() != null) {
            return null;
        }
        LocalDateTime at = d.getPausedAt() != null ? d.getPausedAt() : now;
        return new Clock(deadlines.dueDates().status(at, d.getDueAt()));
    }
}
