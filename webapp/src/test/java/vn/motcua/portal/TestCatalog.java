package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.Sector;

/** In-container fixture for the catalog tests: sectors of their own, and what was stored, read straight. */
@ApplicationScoped
public class TestCatalog {

    @PersistenceContext
    EntityManager em;

    /** Creates the sector unless it exists. */
    @Transactional
    public void sector(String code, String name) {
        if (em.createQuery("select s from Sector s where s.code = :c", Sector.class)
                .setParameter("c", code)
                .getResultList()
                .isEmpty()) {
            var sector = new Sector();
            sector.setCode(code);
            sector.setName(name);
            em.persist(sector);
        }
    }

    @Transactional
    public long procedures(String codePrefix) {
        return em.createQuery("select count(p) from Procedure p where p.nationalCode like :p", Long.class)
                .setParameter("p", codePrefix + ".%")
                .getSingleResult();
    }

    /** Procedures of the prefix whose latest version is published and which are shown as published. */
    @Transactional
    public long publishedProcedures(String codePrefix) {
        return em.createQuery(
                        "select p from Procedure p where p.nationalCode like :p and exists (select v from"
                                + " ProcedureVersion v where v.procedure = p"
                                + " and v.status = vn.motcua.catalog.entity.VersionStatus.PUBLISHED)",
                        vn.motcua.catalog.entity.Procedure.class)
                .setParameter("p", codePrefix + ".%")
                .getResultStream()
                .filter(vn.motcua.catalog.entity.Procedure::isPublished)
                .count();
    }

    /** Every version of a procedure with its parts counted: "number:STATUS:effective:documents:fees:steps". */
    @Transactional
    public List<String> versions(String nationalCode) {
        return em
                .createQuery(
                        "select v from ProcedureVersion v where v.procedure.nationalCode = :c order by v.number",
                        ProcedureVersion.class)
                .setParameter("c", nationalCode)
                .getResultList()
                .stream()
                .map(v -> "%d:%s:%s:%d:%d:%d"
                        .formatted(
                                v.getNumber(),
                                v.getStatus(),
                                v.getEffectiveFrom(),
                                v.getDocuments().size(),
                                v.getFees().size(),
                                v.getSteps().size()))
                .toList();
    }

    /** Rows of the parts of versions of the prefix that belong to no procedure imported (none, if nothing half-saved). */
    @Transactional
    public long partsOf(String nationalCode) {
        return em.createQuery(
                        "select count(d) from RequiredDocument d where d.procedureVersion.procedure.nationalCode = :c",
                        Long.class)
                .setParameter("c", nationalCode)
                .getSingleResult();
    }
}
