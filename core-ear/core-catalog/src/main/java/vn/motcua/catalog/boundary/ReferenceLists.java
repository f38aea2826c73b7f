package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The small catalogs: sectors and the national reference lists (document types, ID types, delivery and payment
 * methods). Short lists, read whole; entries are deactivated, never deleted (procedures and dossiers refer to them).
 */
@ApplicationScoped
public class ReferenceLists {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<ReferenceItem> active(ReferenceKind kind) {
        return em.createQuery(
                        "select r from ReferenceItem r where r.kind = :kind and r.active = :yes"
                                + " order by r.sortOrder, r.name",
                        ReferenceItem.class)
                .setParameter("kind", kind)
                .setParameter("yes", true)
                .getResultList();
    }

    @Transactional
    @RequiresPermissions("catalog:view")
    public List<ReferenceItem> all(ReferenceKind kind) {
        return em.createQuery(
                        "select r from ReferenceItem r where r.kind = :kind order by r.sortOrder, r.name",
                        ReferenceItem.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Transactional
    @RequiresPermissions("catalog:view")
    public List<Sector> sectors() {
        return em.createQuery("select s from Sector s order by s.name", Sector.class)
                .getResultList();
    }

    @Transactional
    @RequiresPermissions("catalog:edit")
    public Sector save(Sector changed) {
        boolean taken = em.createQuery("select count(s) from Sector s where s.code = :code and s.id <> :id", Long.class)
                        .setParameter("code", changed.getCode())
                        .setParameter("id", changed.getId() == null ? -1L : changed.getId())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new DomainException("catalog.code.taken", changed.getCode());
        }
        if (changed.getId() == null) {
            em.persist(changed);
            return changed;
        }
        Sector sector = em.find(Sector.class, changed.getId());
        if (sector == null || sector.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        sector.setCode(changed.getCode());
        sector.setName(changed.getName());
        return sector;
    }

    @Transactional
    @RequiresPermissions("catalog:edit")
    public ReferenceItem save(ReferenceItem changed) {
        boolean taken = em.createQuery(
                                "select count(r) from ReferenceItem r where r.kind = :kind and r.code = :code"
                                        + " and r.id <> :id",
                                Long.class)
                        .setParameter("kind", changed.getKind())
                        .setParameter("code", changed.getCode())
                        .setParameter("id", changed.getId() == null ? -1L : changed.getId())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new DomainException("catalog.code.taken", changed.getCode());
        }
        if (changed.getId() == null) {
            em.persist(changed);
            return changed;
        }
        ReferenceItem item = em.find(ReferenceItem.class, changed.getId());
        if (item == null || item.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        item.setCode(changed.getCode());
        item.setName(changed.getName());
        item.setSortOrder(changed.getSortOrder());
        return item;
    }

    @Transactional
    @RequiresPermissions("catalog:edit")
    public void setSectorActive(long id, boolean active) {
        Sector sector = em.find(Sector.class, id);
        if (sector != null) {
            sector.setActive(active);
        }
    }

    @Transactional
    @RequiresPermissions("catalog:edit")
    public void setItemActive(long id, boolean active) {
        ReferenceItem item = em.find(ReferenceItem.class, id);
        if (item != null) {
            item.setActive(active);
        }
    }
}
