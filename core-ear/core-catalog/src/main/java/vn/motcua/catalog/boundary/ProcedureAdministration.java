package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.control.DraftContent;
import vn.motcua.catalog.control.VersionRules;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.VersionStatus;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.text.SearchText;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The procedure catalog: list (paged in the database), versions, the version in force on a day, and the editing
 * cycle of a version: create (draft 1), save draft, publish from a date, start the next draft, discard a draft.
 * Editing needs {@code catalog:edit} and the deciding agency in the editor's scope; reading the catalog is open to
 * every officer with {@code catalog:view} (the catalog is public information).
 */
@ApplicationScoped
@RequiresPermissions("catalog:view")
public class ProcedureAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    DraftContent drafts;

    @Inject
    CurrentUser currentUser;

    /**
     * Filters: {@code nationalCode}, {@code name}, {@code agencyName} (contains), {@code sectorId} (Long),
     * {@code active} (Boolean).
     */
    @Transactional
    public Page<Procedure> page(PageRequest request) {
        return CriteriaPaging.of(em, Procedure.class)
                .page(
                        request,
                        (cb, query, procedure) -> {
                            Join<Procedure, Sector> sector = procedure.join("sector");
                            Join<Procedure, Agency> agency = procedure.join("decidingAgency");
                            var where = new ArrayList<Predicate>();
                            // Codes and names with or without diacritics: the folded, indexed search column.
                            where.add(
                                    SearchText.contains(cb, procedure.get("searchText"), request.text("nationalCode")));
                            where.add(SearchText.contains(cb, procedure.get("searchText"), request.text("name")));
                            where.add(CriteriaPaging.contains(cb, agency.get("name"), request.text("agencyName")));
                            if (request.value("sectorId") instanceof Long sectorId) {
                                where.add(cb.equal(sector.get("id"), sectorId));
                            }
                            if (request.value("active") instanceof Boolean active) {
                                where.add(cb.equal(procedure.get("active"), active));
                            }
                            return where;
                        },
                        Map.of(
                                "nationalCode", p -> p.get("nationalCode"),
                                "name", p -> p.get("name"),
                                "sectorName", p -> p.get("sector").get("name"),
                                "agencyName", p -> p.get("decidingAgency").get("name"),
                                "statutoryDays", p -> p.get("statutoryDays")),
                        "name");
    }

    @Transactional
    public Procedure find(long id) {
        return Optional.ofNullable(em.find(Procedure.class, id))
                .orElseThrow(() -> new DomainException("catalog.procedure.notFound"));
    }

    @Transactional
    public Optional<Procedure> findByCode(String nationalCode) {
        return em.createQuery("select p from Procedure p where p.nationalCode = :code", Procedure.class)
                .setParameter("code", nationalCode == null ? "" : nationalCode.strip())
                .getResultStream()
                .findFirst();
    }

    /** Every version of a procedure, newest first (headline fields only). */
    @Transactional
    public List<ProcedureVersion> versions(long procedureId) {
        return em.createQuery(
                        "select v from ProcedureVersion v where v.procedure.id = :id order by v.number desc",
                        ProcedureVersion.class)
                .setParameter("id", procedureId)
                .getResultList();
    }

    /** One version with all its parts loaded, for the editor, the counter and the dossier. */
    @Transactional
    public ProcedureVersion version(long versionId) {
        ProcedureVersion version = em.find(ProcedureVersion.class, versionId);
        if (version == null) {
            throw new DomainException("catalog.procedure.notFound");
        }
        return drafts.loaded(version);
    }

    /**
     * The version in force on a day: the published version with the latest effective date not after that day. This is
     * the version a dossier received that day pins.
     */
    @Transactional
    public Optional<ProcedureVersion> versionInForce(long procedureId, LocalDate day) {
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
                .map(drafts::loaded);
    }

    /**
     * Creates a procedure with its first draft. Without steps, the draft gets the standard process for its statutory
     * time, which the admin then refines.
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion create(String nationalCode, ProcedureVersion content) {
        String code = nationalCode == null ? null : nationalCode.strip();
        if (code == null || !code.matches("[A-Za-z0-9._-]{3,40}")) {
            throw new DomainException("catalog.procedure.code.pattern");
        }
        if (findByCode(code).isPresent()) {
            throw new DomainException("catalog.procedure.code.taken", code);
        }
        var procedure = new Procedure(code);
        var draft = new ProcedureVersion(procedure);
        drafts.copy(content, draft);
        if (draft.getSteps().isEmpty() && draft.getStatutoryDays() != null) {
            draft.replaceParts(
                    draft.getDocuments(), draft.getFees(), drafts.standardSteps(draft), draft.getFormFields());
        }
        drafts.checkBeans(draft);
        procedure.showHeadlineOf(draft);
        em.persist(procedure);
        em.persist(draft);
        return draft;
    }

    /** Saves the content of a draft (headline and every part), checking all rules; nothing is saved on a problem. */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion saveDraft(ProcedureVersion changed) {
        ProcedureVersion draft = editableDraft(changed.getId(), changed.getVersion());
        drafts.copy(changed, draft);
        drafts.checkBeans(draft);
        if (!draft.getProcedure().isPublished()) {
            draft.getProcedure().showHeadlineOf(draft);
        }
        return draft;
    }

    /**
     * Publishes a draft from a date: it must meet every rule, and take effect after the version now latest in force
     * (a version may be planned for a future date; a date in the past is refused so no dossier changes version).
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion publish(long versionId, int expectedVersion, LocalDate effectiveFrom) {
        ProcedureVersion draft = editableDraft(versionId, expectedVersion);
        if (effectiveFrom == null) {
            throw new DomainException("catalog.publish.dateRequired");
        }
        if (effectiveFrom.isBefore(LocalDate.now())) {
            throw new DomainException("catalog.publish.dateInPast");
        }
        Optional<LocalDate> latest = latestEffectiveDate(draft.getProcedure().getId());
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get())) {
            throw new DomainException(
                    "catalog.publish.dateNotAfter",
                    latest.get().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        drafts.checkBeans(draft);
        List<VersionRules.Problem> problems = VersionRules.check(draft);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0).key(), problems.get(0).args());
        }
        draft.publish(effectiveFrom, currentUser.require().username());
        draft.getProcedure().showHeadlineOf(draft);
        return draft;
    }

    /** Starts the next version as a draft copied from the latest one; only one draft at a time. */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion draftNext(long procedureId) {
        List<ProcedureVersion> versions = versions(procedureId);
        if (versions.isEmpty()) {
            throw new DomainException("catalog.procedure.notFound");
        }
        ProcedureVersion latest = versions.get(0);
        if (latest.isDraft()) {
            return drafts.loaded(latest);
        }
        scope.check(latest.getDecidingAgency());
        ProcedureVersion draft = latest.draftNext(latest.getNumber() + 1);
        em.persist(draft);
        return draft;
    }

    /**
     * Starts the next version of a published procedure with new content (headline and every part), checked like a
     * saved draft; used by the Excel import. Refused while a draft is pending, so no admin's unfinished work is
     * overwritten.
     */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public ProcedureVersion draftNextWith(long procedureId, ProcedureVersion content) {
        List<ProcedureVersion> versions = versions(procedureId);
        if (versions.isEmpty()) {
            throw new DomainException("catalog.procedure.notFound");
        }
        if (versions.get(0).isDraft()) {
            throw new DomainException("catalog.transfer.reason.draftPending");
        }
        ProcedureVersion draft = draftNext(procedureId);
        drafts.copy(content, draft);
        if (draft.getSteps().isEmpty() && draft.getStatutoryDays() != null) {
            draft.replaceParts(
                    draft.getDocuments(), draft.getFees(), drafts.standardSteps(draft), draft.getFormFields());
        }
        drafts.checkBeans(draft);
        return draft;
    }

    /** Throws a draft away (never a published version; never the only version of a procedure). */
    @Transactional
    @RequiresPermissions("catalog:edit")
    public void discardDraft(long versionId, int expectedVersion) {
        ProcedureVersion draft = editableDraft(versionId, expectedVersion);
        if (draft.getNumber() == 1) {
            throw new DomainException("catalog.draft.onlyVersion");
        }
        em.remove(draft);
    }

    @Transactional
    @RequiresPermissions("catalog:edit")
    public void setActive(long procedureId, boolean active) {
        Procedure procedure = find(procedureId);
        scope.check(procedure.getDecidingAgency());
        procedure.setActive(active);
    }

    /** Problems of a draft beyond Bean Validation (for the editor to list them all at once). */
    public List<VersionRules.Problem> problems(ProcedureVersion version) {
        return VersionRules.check(version);
    }

    /** Active sectors by name. */
    @Transactional
    public List<Sector> sectors() {
        return em.createQuery("select s from Sector s where s.active = :yes order by s.name", Sector.class)
                .setParameter("yes", true)
                .getResultList();
    }

    /** Active agencies the editor may name as deciding or acting agency (their scope), in tree order. */
    @Transactional
    public List<Agency> agencyChoices() {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Agency.class);
        var agency = query.from(Agency.class);
        Predicate inScope = scope.contains(cb, query, agency.get("path"));
        if (inScope != null) {
            query.where(inScope);
        }
        query.orderBy(cb.asc(agency.get("path")));
        // The active flag is filtered here: next to the scope's subquery EclipseLink inlines a boolean as 1, which H2
        // refuses. An agency tree is a few hundred rows.
        return em.createQuery(query).getResultStream().filter(Agency::isActive).toList();
    }

    /** Every role, by name (the role that acts in a step). */
    @Transactional
    public List<Role> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class)
                .getResultList();
    }

    private ProcedureVersion editableDraft(Long versionId, int expectedVersion) {
        ProcedureVersion draft = versionId == null ? null : em.find(ProcedureVersion.class, versionId);
        if (draft == null) {
            throw new DomainException("catalog.procedure.notFound");
        }
        if (!draft.isDraft()) {
            throw new DomainException("catalog.version.published");
        }
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        scope.check(draft.getDecidingAgency());
        return draft;
    }

    private Optional<LocalDate> latestEffectiveDate(long procedureId) {
        return Optional.ofNullable(em.createQuery(
                        "select max(v.effectiveFrom) from ProcedureVersion v where v.procedure.id = :id"
                                + " and v.status = :published",
                        LocalDate.class)
                .setParameter("id", procedureId)
                .setParameter("published", VersionStatus.PUBLISHED)
                .getSingleResult());
    }
}
