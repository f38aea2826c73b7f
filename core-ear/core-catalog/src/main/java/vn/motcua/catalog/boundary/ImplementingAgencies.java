package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.catalog.entity.PerformerStep;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Which agencies perform a procedure version, and how each maps the steps its own agency does to its divisions. Both
 * change without a new version (they are who does the work, not what the law says: the legal time and step budgets
 * stay with the version); a dossier keeps the implementing agency and the route it was received with. Needs
 * {@code catalog:edit} and the version's deciding agency in scope; a mapping also needs the implementing agency in
 * scope (a commune's admin maps their own commune).
 */
@ApplicationScoped
@RequiresPermissions("catalog:view")
public class ImplementingAgencies {

    /** A step the implementing agency does, with the division it chose (its own agency when none). */
    public record StepMapping(int position, String stepName, String roleName, Long actingId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Performers performers;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    /** The version with its rule, kind, root and list loaded. */
    @Transactional
    public ProcedureVersion version(long versionId) {
        ProcedureVersion version = em.find(ProcedureVersion.class, versionId);
        if (version == null) {
            throw new DomainException("catalog.procedure.notFound");
        }
        version.getSteps().size();
        version.getPerformerList().size();
        version.getDecidingAgency().getName();
        if (version.getPerformerKind() != null) {
            version.getPerformerKind().getName();
            version.getPerformerRoot().getName();
        }
        return version;
    }

    /** The agencies that perform the version now, by name. */
    @Transactional
    public List<Agency> performersOf(long versionId) {
        return performers.of(version(versionId));
    }

    /** Active agency kinds, for the rule "every agency of kind X under Y". */
    @Transactional
    public List<AgencyKind> kinds() {
        return em.createQuery("select k from AgencyKind k order by k.sortOrder, k.name", AgencyKind.class)
                .getResultStream()
                .filter(AgencyKind::isActive)
                .toList();
    }

    /**
     * Sets who performs the version. The rule must be complete (a kind and an agency for KIND, at least one agency
     * for LIST) and name active agencies; the version must be the one the admin saw.
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion setRule(
            long versionId, int expectedVersion, PerformerRule rule, Long kindId, Long rootId, List<Long> listIds) {
        ProcedureVersion version = version(versionId);
        scope.check(version.getDecidingAgency());
        if (version.getVersion() != expectedVersion) {
            throw new DomainException("platform.concurrentChange");
        }
        if (rule == null || !Performers.complete(rule, kindId, rootId, listIds)) {
            throw new DomainException("catalog.performers.incomplete");
        }
        AgencyKind kind = kindId == null ? null : em.find(AgencyKind.class, kindId);
        Agency root = rootId == null ? null : activeAgency(rootId);
        var list = new HashSet<Agency>();
        for (Long id : listIds == null ? List.<Long>of() : listIds) {
            list.add(activeAgency(id));
        }
        if (rule == PerformerRule.KIND && (kind == null || !kind.isActive())) {
            throw new DomainException("catalog.performers.incomplete");
        }
        version.performedBy(rule, kind, root, list);
        em.flush();
        return version;
    }

    /** The steps the implementing agency does itself, with the division each is mapped to. */
    @Transactional
    public List<StepMapping> mapping(long versionId, long agencyId) {
        ProcedureVersion version = version(versionId);
        Map<Integer, Agency> mapped = performers.mapping(versionId, agencyId);
        var rows = new ArrayList<StepMapping>();
        for (ProcessStep step : version.getSteps()) {
            if (step.getActing() == StepActing.DECIDING_AGENCY) {
                Agency acting = mapped.get(step.getPosition());
                rows.add(new StepMapping(
                        step.getPosition(),
                        step.getName(),
                        step.getRole().getName(),
                        acting == null ? agencyId : acting.getId()));
            }
        }
        return rows;
    }

    /** The implementing agency and the active agencies under it: where its steps may be done. */
    @Transactional
    public List<Agency> divisions(long agencyId) {
        Agency agency = activeAgency(agencyId);
        return em.createQuery("select a from Agency a where a.path like :path order by a.path", Agency.class)
                .setParameter("path", agency.getPath() + "%")
                .getResultStream()
                .filter(Agency::isActive)
                .toList();
    }

    /**
     * Maps the steps the implementing agency does to its divisions (position → agency; its own agency clears the
     * mapping). Each division must be the agency or under it, active, and have an active officer holding the step's
     * role; otherwise nothing is changed.
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public void map(long versionId, long agencyId, Map<Integer, Long> actingByPosition) {
        ProcedureVersion version = version(versionId);
        Agency performer = activeAgency(agencyId);
        scope.check(performer);
        if (!Performers.performs(version, performer)) {
            throw new DomainException("catalog.performers.notPerformer", performer.getName());
        }
        String me = currentUser.require().username();
        LocalDateTime now = LocalDateTime.now();
        for (var entry : actingByPosition.entrySet()) {
            int position = entry.getKey();
            if (position < 0 || position >= version.getSteps().size()) {
                throw new DomainException("catalog.performers.stepUnknown");
            }
            ProcessStep step = version.getSteps().get(position);
            if (step.getActing() != StepActing.DECIDING_AGENCY) {
                throw new DomainException("catalog.performers.stepNotOwn", step.getName());
            }
            Agency acting = entry.getValue() == null ? performer : activeAgency(entry.getValue());
            if (!acting.getPath().startsWith(performer.getPath())) {
                throw new DomainException("catalog.performers.notDivision", acting.getName(), performer.getName());
            }
            if (!hasOfficer(acting, step)) {
                throw new DomainException(
                        "catalog.performers.noOfficers",
                        acting.getName(),
                        step.getRole().getName(),
                        step.getName());
            }
            var key = new PerformerStep.Key(versionId, agencyId, position);
            PerformerStep row = em.find(PerformerStep.class, key);
            if (acting.getId().equals(performer.getId())) {
                if (row != null) {
                    em.remove(row);
                }
            } else if (row == null) {
                em.persist(new PerformerStep(versionId, agencyId, position, acting, now, me));
            } else {
                row.change(acting, now, me);
            }
        }
    }

    private boolean hasOfficer(Agency agency, ProcessStep step) {
        return !em.createQuery(
                        "select o.id from Officer o join o.agencies a join o.roles r"
                                + " where a.id = :agency and r.id = :role and o.active = :active",
                        Long.class)
                .setParameter("agency", agency.getId())
                .setParameter("role", step.getRole().getId())
                .setParameter("active", Boolean.TRUE)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Agency activeAgency(long id) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null || !agency.isActive()) {
            throw new DomainException("catalog.performers.agencyInactive");
        }
        return agency;
    }
}
