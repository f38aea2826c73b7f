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
import vn.motcua.catalog.entity.StepActor;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Which agencies perform a procedure version, and how each maps the steps its own agency does to its divisions or
 * roles. Both change without a new version (they are who does the work, not what the law says: the legal time and
 * step budgets stay with the version); a dossier keeps the implementing agency and the route it was received with. Needs
 * {@code catalog:edit} and the version's deciding agency in scope; a mapping also needs the implementing agency in
 * scope (a commune's admin maps their own commune).
 */
@ApplicationScoped
@RequiresPermissions("catalog:view")
public class ImplementingAgencies {

    /**
     * A step the implementing agency does, with the division it chose (its own agency when none) and the role
     * ({@code null}: the step's own role).
     */
    public record StepMapping(int position, String stepName, String roleName, Long actingId, Long roleId) {}

    /** What the admin chose for one step: a division ({@code null}: the agency itself), a role ({@code null}: the step's). */
    public record StepChoice(Long actingId, Long roleId) {}

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
            throw new ConcurrentChangeException();
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

    /** The steps the implementing agency does itself, with the division and role each is mapped to. */
    @Transactional
    public List<StepMapping> mapping(long versionId, long agencyId) {
        ProcedureVersion version = version(versionId);
        Map<Integer, StepActor> mapped = performers.mapping(versionId, agencyId);
        var rows = new ArrayList<StepMapping>();
        for (ProcessStep step : version.getSteps()) {
            if (step.getActing() == StepActing.DECIDING_AGENCY) {
                StepActor actor = mapped.get(step.getPosition());
                rows.add(new StepMapping(
                        step.getPosition(),
                        step.getName(),
                        step.getRole().getName(),
                        actor == null ? agencyId : actor.agency().getId(),
                        actor == null || actor.role() == null
                                ? null
                                : actor.role().getId()));
            }
        }
        return rows;
    }

    /** The roles a step may be mapped to, by name. */
    @Transactional
    public List<Role> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class)
                .getResultList();
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
     * Maps the steps the implementing agency does to its divisions or roles (position → division and role; its own
     * agency and the step's own role clear the mapping). Each division must be the agency or under it and active, the
     * role must exist, and the division must have an active officer holding the role; otherwise nothing is changed.
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public void map(long versionId, long agencyId, Map<Integer, StepChoice> choices) {
        ProcedureVersion version = version(versionId);
        Agency performer = activeAgency(agencyId);
        scope.check(performer);
        if (!Performers.performs(version, performer)) {
            throw new DomainException("catalog.performers.notPerformer", performer.getName());
        }
        String me = currentUser.require().username();
        LocalDateTime now = LocalDateTime.now();
        for (var entry : choices.entrySet()) {
            int position = entry.getKey();
            if (position < 0 || position >= version.getSteps().size()) {
                throw new DomainException("catalog.performers.stepUnknown");
            }
            ProcessStep step = version.getSteps().get(position);
            if (step.getActing() != StepActing.DECIDING_AGENCY) {
                throw new DomainException("catalog.performers.stepNotOwn", step.getName());
            }
            StepChoice choice = entry.getValue() == null ? new StepChoice(null, null) : entry.getValue();
            Agency acting = choice.actingId() == null ? performer : activeAgency(choice.actingId());
            if (!acting.getPath().startsWith(performer.getPath())) {
                throw new DomainException("catalog.performers.notDivision", acting.getName(), performer.getName());
            }
            Role role = choice.roleId() == null ? null : em.find(Role.class, choice.roleId());
            if (choice.roleId() != null && role == null) {
                throw new DomainException("catalog.performers.roleUnknown");
            }
            if (role != null && role.getId().equals(step.getRole().getId())) {
                role = null; // the step's own role: nothing to map
            }
            Role doing = role == null ? step.getRole() : role;
            if (!hasOfficer(acting, doing)) {
                throw new DomainException(
                        "catalog.performers.noOfficers", acting.getName(), doing.getName(), step.getName());
            }
            var key = new PerformerStep.Key(versionId, agencyId, position);
            PerformerStep row = em.find(PerformerStep.class, key);
            if (acting.getId().equals(performer.getId()) && role == null) {
                if (row != null) {
                    em.remove(row);
                }
            } else if (row == null) {
                em.persist(new PerformerStep(versionId, agencyId, position, acting, role, now, me));
            } else {
                row.change(acting, role, now, me);
            }
        }
    }

    private boolean hasOfficer(Agency agency, Role role) {
        return !em.createQuery(
                        "select o.id from Officer o join o.agencies a join o.roles r"
                                + " where a.id = :agency and r.id = :role and o.active = :active",
                        Long.class)
                .setParameter("agency", agency.getId())
                .setParameter("role", role.getId())
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
