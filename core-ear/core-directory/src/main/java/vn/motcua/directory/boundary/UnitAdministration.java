package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.directory.control.TreePaths;
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The tree of administrative units (province, communes, wards…). Reference data for the whole province, so it has
 * no agency scope; only those with {@code directory:unit:edit} change it. A change (a commune merged into another, a
 * new ward) is a reorganisation: it goes to the audit trail with the unit's state before and after.
 */
@ApplicationScoped
@RequiresPermissions("directory:unit:view")
public class UnitAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<AdministrativeUnit> tree(boolean includeInactive) {
        String where = includeInactive ? "" : " where u.active = :active";
        var query = em.createQuery(
                "select u from AdministrativeUnit u" + where + " order by u.path", AdministrativeUnit.class);
        if (!includeInactive) {
            query.setParameter("active", Boolean.TRUE);
        }
        return query.getResultList();
    }

    @Transactional
    public AdministrativeUnit find(long id) {
        AdministrativeUnit unit = em.find(AdministrativeUnit.class, id);
        if (unit == null) {
            throw new DomainException("directory.unit.notFound");
        }
        return unit;
    }

    @Transactional
    @RequiresPermissions("directory:unit:edit")
    public AdministrativeUnit create(AdministrativeUnit unit, Long parentId) {
        uniqueCode(unit.getCode(), null);
        unit.setParent(parentId == null ? null : find(parentId));
        em.persist(unit);
        TreePaths.place(unit);
        audit.record("directory.unit.create", target(unit), null, describe(unit));
        return unit;
    }

    @Transactional
    @RequiresPermissions("directory:unit:edit")
    public AdministrativeUnit update(AdministrativeUnit changed, Long parentId) {
        AdministrativeUnit unit = find(changed.getId());
        if (unit.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        uniqueCode(changed.getCode(), unit.getId());
        String before = describe(unit);
        unit.setCode(changed.getCode());
        unit.setName(changed.getName());
        unit.setLevelName(changed.getLevelName());
        Long currentParent = unit.getParent() == null ? null : unit.getParent().getId();
        if (!java.util.Objects.equals(currentParent, parentId)) {
            AdministrativeUnit parent = parentId == null ? null : find(parentId);
            TreePaths.move(em, "AdministrativeUnit", unit, parent);
            unit.setParent(parent);
        }
        String after = describe(unit);
        if (!after.equals(before)) {
            audit.record("directory.unit.update", target(unit), before, after);
        }
        return unit;
    }

    @Transactional
    @RequiresPermissions("directory:unit:edit")
    public void setActive(long id, boolean active) {
        AdministrativeUnit unit = find(id);
        if (unit.isActive() != active) {
            String before = describe(unit);
            unit.setActive(active);
            audit.record(
                    active ? "directory.unit.reactivate" : "directory.unit.deactivate",
                    target(unit),
                    before,
                    describe(unit));
        }
    }

    private static String target(AdministrativeUnit unit) {
        return "unit " + unit.getCode();
    }

    private static String describe(AdministrativeUnit unit) {
        return unit.getCode() + " " + unit.getLevelName() + " " + unit.getName()
                + "; under "
                + (unit.getParent() == null ? "-" : unit.getParent().getCode())
                + "; " + (unit.isActive() ? "active" : "deactivated");
    }

    private void uniqueCode(String code, Long self) {
        long taken = em.createQuery(
                        "select count(u) from AdministrativeUnit u where u.code = :code and u.id <> :self", Long.class)
                .setParameter("code", code)
                .setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (taken > 0) {
            throw new DomainException("directory.unit.codeTaken", code);
        }
    }
}
