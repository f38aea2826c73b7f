package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.DirectoryCache;
import vn.motcua.directory.control.TreePaths;
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The agency tree within the current officer's scope: list it (one query, ordered by path so the tree builds in one
 * pass), create a child, edit, move under another parent, deactivate and reactivate. Agencies are never deleted.
 * Every change is a reorganisation of where officers may look (their scope is the agencies' subtrees), so each one is
 * written to the audit trail with the agency's state before and after.
 */
@ApplicationScoped
@RequiresPermissions("directory:agency:view")
public class AgencyAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryCache directory;

    @Inject
    AgencyScope scope;

    @Inject
    AuditTrail audit;

    /** Every agency in scope (active and not), parents before children. */
    @Transactional
    public List<Agency> tree(boolean includeInactive) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Agency.class);
        var agency = query.from(Agency.class);
        agency.fetch("administrativeUnit", jakarta.persistence.criteria.JoinType.LEFT);
        agency.fetch("kind", jakarta.persistence.criteria.JoinType.LEFT);
        agency.fetch("successor", jakarta.persistence.criteria.JoinType.LEFT);
        var where = new ArrayList<Predicate>();
        where.add(scope.contains(cb, query, agency.get("path")));
        query.select(agency)
                .where(where.stream().filter(java.util.Objects::nonNull).toArray(Predicate[]::new))
                .orderBy(cb.asc(agency.get("path")));
        // The active flag is filtered here: next to the scope's subquery EclipseLink inlines a boolean as 1, which H2
        // refuses. An agency tree is a few hundred rows.
        return em.createQuery(query)
                .getResultStream()
                .filter(a -> includeInactive || a.isActive())
                .toList();
    }

    /** Active agencies in scope, for pickers. */
    @Transactional
    public List<Agency> choices() {
        return tree(false);
    }

    @Transactional
    public Agency find(long id) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null || !scope.covers(agency)) {
            throw new DomainException("directory.agency.notFound");
        }
        return agency;
    }

    @Transactional
    @RequiresPermissions("directory:agency:edit")
    public Agency create(Agency agency, Long parentId, Long unitId) {
        if (parentId == null && !scope.unrestricted()) {
            throw new DomainException("directory.agency.rootNeedsProvinceAdmin");
        }
        uniqueCode(agency.getCode(), null);
        agency.setParent(parentId == null ? null : find(parentId));
        agency.setAdministrativeUnit(unit(unitId));
        agency.setKind(kind(agency.getKind()));
        em.persist(agency);
        TreePaths.place(agency);
        directory.changed();
        audit.record("directory.agency.create", target(agency), null, describe(agency));
        return agency;
    }

    @Transactional
    @RequiresPermissions("directory:agency:edit")
    public Agency update(Agency changed, Long parentId, Long unitId) {
        Agency agency = find(changed.getId());
        if (agency.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        uniqueCode(changed.getCode(), agency.getId());
        String before = describe(agency);
        agency.setCode(changed.getCode());
        agency.setName(changed.getName());
        agency.setShortName(changed.getShortName());
        agency.setAddress(changed.getAddress());
        agency.setPhone(changed.getPhone());
        agency.setEmail(changed.getEmail());
        agency.setAdministrativeUnit(unit(unitId));
        agency.setKind(kind(changed.getKind()));
        Long currentParent =
                agency.getParent() == null ? null : agency.getParent().getId();
        if (!java.util.Objects.equals(currentParent, parentId)) {
            if (parentId == null && !scope.unrestricted()) {
                throw new DomainException("directory.agency.rootNeedsProvinceAdmin");
            }
            Agency parent = parentId == null ? null : find(parentId);
            TreePaths.move(em, "Agency", agency, parent);
            agency.setParent(parent);
            directory.changed();
        }
        String after = describe(agency);
        if (!after.equals(before)) {
            audit.record("directory.agency.update", target(agency), before, after);
        }
        return agency;
    }

    /** Deactivating an agency with active sub-agencies is refused: deactivate those first. */
    @Transactional
    @RequiresPermissions("directory:agency:edit")
    public void setActive(long id, boolean active) {
        Agency agency = find(id);
        if (!active) {
            long activeChildren = em.createQuery(
                            "select count(a) from Agency a where a.parent.id = :id and a.active = :active", Long.class)
                    .setParameter("id", id)
                    .setParameter("active", Boolean.TRUE)
                    .getSingleResult();
            if (activeChildren > 0) {
                throw new DomainException("directory.agency.hasActiveChildren", activeChildren);
            }
        }
        if (agency.isActive() != active) {
            String before = describe(agency);
            agency.setActive(active);
            directory.changed();
            audit.record(
                    active ? "directory.agency.reactivate" : "directory.agency.deactivate",
                    target(agency),
                    before,
                    describe(agency));
        }
    }

    private static String target(Agency agency) {
        return "agency " + agency.getCode();
    }

    /** The audit trail's state of an agency: its name, where it sits in the tree, whether it is active. */
    private static String describe(Agency agency) {
        return agency.getCode() + " " + agency.getName()
                + "; under "
                + (agency.getParent() == null ? "-" : agency.getParent().getCode())
                + "; " + (agency.isActive() ? "active" : "deactivated");
    }

    private void uniqueCode(String code, Long self) {
        long taken = em.createQuery("select count(a) from Agency a where a.code = :code and a.id <> :self", Long.class)
                .setParameter("code", code)
                .setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.agency.codeTaken", code);
        }
    }

    /** Agency kinds, active ones first by their order (the reference list an admin edits). */
    @Transactional
    public List<AgencyKind> kinds() {
        return em.createQuery(
                        "select k from AgencyKind k order by k.active desc, k.sortOrder, k.name", AgencyKind.class)
                .getResultList();
    }

    /** Adds a kind or saves a changed one (its code unique). */
    @Transactional
    @RequiresPermissions("directory:agency:edit")
    public AgencyKind saveKind(AgencyKind changed) {
        long taken = em.createQuery(
                        "select count(k) from AgencyKind k where k.code = :code and k.id <> :self", Long.class)
                .setParameter("code", changed.getCode())
                .setParameter("self", changed.getId() == null ? -1L : changed.getId())
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.kind.codeTaken", changed.getCode());
        }
        if (changed.getId() == null) {
            em.persist(changed);
            return changed;
        }
        AgencyKind kind = em.find(AgencyKind.class, changed.getId());
        if (kind == null || kind.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        kind.setCode(changed.getCode());
        kind.setName(changed.getName());
        kind.setSortOrder(changed.getSortOrder());
        kind.setActive(changed.isActive());
        return kind;
    }

    private AgencyKind kind(AgencyKind chosen) {
        return chosen == null || chosen.getId() == null ? null : em.find(AgencyKind.class, chosen.getId());
    }

    private AdministrativeUnit unit(Long unitId) {
        return unitId == null ? null : em.find(AdministrativeUnit.class, unitId);
    }
}
