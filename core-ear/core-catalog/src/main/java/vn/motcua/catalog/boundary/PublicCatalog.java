package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.VersionStatus;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.text.SearchText;

/**
 * The procedure catalog as citizens see it, anonymously (the front page and a procedure's page): only procedures in
 * force — active, with a published version effective today — searched by name or code with or without diacritics,
 * filtered by sector and by the agency where they are submitted, paged in the database.
 */
@ApplicationScoped
public class PublicCatalog {

    @PersistenceContext
    EntityManager em;

    /** A page of procedures in force, by name. {@code text}, {@code sectorId}, {@code agencyId} may be absent. */
    @Transactional
    public Page<Procedure> page(String text, Long sectorId, Long agencyId, int first, int size) {
        LocalDate today = LocalDate.now();
        return CriteriaPaging.of(em, Procedure.class)
                .page(
                        new PageRequest(first, size, null, true, Map.of()),
                        (cb, query, procedure) -> {
                            var where = new ArrayList<Predicate>();
                            where.add(inForce(cb, query, procedure, today));
                            where.add(SearchText.contains(cb, procedure.get("searchText"), text));
                            if (sectorId != null) {
                                where.add(cb.equal(procedure.get("sector").get("id"), sectorId));
                            }
                            if (agencyId != null) {
                                where.add(submittedAt(cb, procedure, agencyId));
                            }
                            return where;
                        },
                        Map.of("name", p -> p.get("name")),
                        "name");
    }

    /**
     * "Submitted at this agency". Today a procedure is submitted where it is decided (its deciding agency); when the
     * catalog names the implementing agencies of a procedure, this predicate is the one place to change.
     */
    private static Predicate submittedAt(CriteriaBuilder cb, Root<Procedure> procedure, long agencyId) {
        return cb.equal(procedure.get("decidingAgency").get("id"), agencyId);
    }

    /** Where a procedure's dossiers are handed in (see {@link #submittedAt}): its deciding agency, for now. */
    public List<Agency> whereToSubmit(ProcedureVersion version) {
        return List.of(version.getDecidingAgency());
    }

    private static Predicate inForce(
            CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query, Root<Procedure> p, LocalDate day) {
        Subquery<Long> published = query.subquery(Long.class);
        Root<ProcedureVersion> v = published.from(ProcedureVersion.class);
        published
                .select(v.get("id"))
                .where(
                        cb.equal(v.get("procedure"), p),
                        cb.equal(v.get("status"), VersionStatus.PUBLISHED),
                        cb.lessThanOrEqualTo(v.get("effectiveFrom"), day));
        return cb.and(cb.isTrue(p.get("active")), cb.exists(published));
    }

    /** Sectors that have a procedure in force, by name (the sector filter). */
    @Transactional
    public List<Sector> sectors() {
        return em.createQuery(
                        "select distinct s from Procedure p join p.sector s where p.active = :yes and p.published = :yes"
                                + " order by s.name",
                        Sector.class)
                .setParameter("yes", true)
                .getResultList();
    }

    /** Agencies where a procedure in force is submitted, by name (the agency filter). */
    @Transactional
    public List<Agency> agencies() {
        return em.createQuery(
                        "select distinct a from Procedure p join p.decidingAgency a where p.active = :yes"
                                + " and p.published = :yes order by a.name",
                        Agency.class)
                .setParameter("yes", true)
                .getResultList();
    }

    /** The version in force today of the active procedure with this national code, with its parts loaded. */
    @Transactional
    public Optional<ProcedureVersion> inForce(String nationalCode) {
        if (nationalCode == null || nationalCode.isBlank()) {
            return Optional.empty();
        }
        Optional<ProcedureVersion> version = em.createQuery(
                        "select v from ProcedureVersion v join fetch v.procedure p join fetch v.sector"
                                + " join fetch v.decidingAgency where p.nationalCode = :code and p.active = :yes"
                                + " and v.status = :published and v.effectiveFrom <= :today"
                                + " order by v.effectiveFrom desc, v.number desc",
                        ProcedureVersion.class)
                .setParameter("code", nationalCode.strip())
                .setParameter("yes", true)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("today", LocalDate.now())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        version.ifPresent(v -> {
            em.createQuery("select d from RequiredDocument d left join fetch d.template where d.procedureVersion = :v")
                    .setParameter("v", v)
                    .getResultList();
            v.getDocuments().size();
            v.getFees().size();
            v.getSteps().size();
        });
        return version;
    }
}
