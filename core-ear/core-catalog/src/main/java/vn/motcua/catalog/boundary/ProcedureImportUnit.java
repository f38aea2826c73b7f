package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.catalog.control.VersionContent;
import vn.motcua.catalog.control.transfer.CatalogCodes;
import vn.motcua.catalog.control.transfer.CatalogWorkbook;
import vn.motcua.catalog.control.transfer.ParsedProcedure;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * One procedure of an Excel import, in a transaction of its own: it is created (or gets its next version) and is
 * published, or nothing of it is saved. Every rule is {@link ProcedureAdministration}'s.
 */
@ApplicationScoped
@RequiresPermissions("catalog:edit")
public class ProcedureImportUnit {

    /** What happened to a procedure of the workbook. */
    public enum Outcome {
        CREATED,
        REVISED,
        /** The workbook says what the latest published version says: no new version. */
        UNCHANGED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureAdministration procedures;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome save(ParsedProcedure parsed, LocalDate effectiveFrom) {
        ProcedureVersion content = parsed.content();
        Optional<Procedure> existing = procedures.findByCode(parsed.nationalCode());
        ProcedureVersion draft;
        if (existing.isPresent()) {
            List<ProcedureVersion> versions = procedures.versions(existing.get().getId());
            if (!versions.isEmpty() && !versions.get(0).isDraft()) {
                ProcedureVersion latest = procedures.version(versions.get(0).getId());
                keepWhatTheWorkbookDoesNotSay(latest, content);
                if (VersionContent.same(latest, content)) {
                    return Outcome.UNCHANGED;
                }
            }
            draft = procedures.draftNextWith(existing.get().getId(), content);
        } else {
            draft = procedures.create(parsed.nationalCode(), content);
        }
        procedures.publish(draft.getId(), draft.getVersion(), effectiveFrom);
        return existing.isPresent() ? Outcome.REVISED : Outcome.CREATED;
    }

    /** Active sectors and agencies, and roles, by code (roles also by name), read once per import. */
    @Transactional
    public CatalogCodes codes() {
        Map<String, Sector> sectors = byKey(
                em.createQuery("select s from Sector s where s.active = :yes", Sector.class)
                        .setParameter("yes", true)
                        .getResultList(),
                Sector::getCode);
        Map<String, Agency> agencies = byKey(
                em.createQuery("select a from Agency a where a.active = :yes", Agency.class)
                        .setParameter("yes", true)
                        .getResultList(),
                Agency::getCode);
        List<Role> roleList = em.createQuery("select r from Role r", Role.class).getResultList();
        Map<String, Role> roles = byKey(roleList, Role::getCode);
        roleList.forEach(r -> roles.putIfAbsent(CatalogWorkbook.fold(r.getName()), r));
        return new CatalogCodes() {
            @Override
            public Optional<Sector> sector(String code) {
                return Optional.ofNullable(sectors.get(code.toUpperCase(java.util.Locale.ROOT)));
            }

            @Override
            public Optional<Agency> agency(String code) {
                return Optional.ofNullable(agencies.get(code.toUpperCase(java.util.Locale.ROOT)));
            }

            @Override
            public Optional<Role> role(String code) {
                return Optional.ofNullable(roles.get(code.toUpperCase(java.util.Locale.ROOT)))
                        .or(() -> Optional.ofNullable(roles.get(CatalogWorkbook.fold(code))));
            }
        };
    }

    /**
     * The workbook has no form fields, supplement clock, document types or templates: a new version keeps the
     * latest one's (a document by its name).
     */
    private static void keepWhatTheWorkbookDoesNotSay(ProcedureVersion latest, ProcedureVersion content) {
        content.setSupplementClock(latest.getSupplementClock());
        content.getFormFields().clear();
        content.getFormFields().addAll(latest.getFormFields());
        Map<String, RequiredDocument> previous = new HashMap<>();
        latest.getDocuments().forEach(d -> previous.putIfAbsent(CatalogWorkbook.fold(d.getName()), d));
        for (RequiredDocument document : content.getDocuments()) {
            RequiredDocument same = previous.get(CatalogWorkbook.fold(document.getName()));
            if (same != null) {
                document.setDocumentType(same.getDocumentType());
                document.setTemplate(same.getTemplate());
            }
        }
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        var map = new HashMap<String, T>();
        rows.forEach(row -> map.put(key.apply(row).toUpperCase(java.util.Locale.ROOT), row));
        return map;
    }
}
