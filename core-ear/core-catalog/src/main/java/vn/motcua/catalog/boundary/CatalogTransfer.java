package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.catalog.control.transfer.CatalogWorkbook;
import vn.motcua.catalog.control.transfer.ImportPlan;
import vn.motcua.catalog.control.transfer.ImportReport;
import vn.motcua.catalog.control.transfer.ParsedProcedure;
import vn.motcua.catalog.control.transfer.ProcedureRows;
import vn.motcua.catalog.control.transfer.Rejection;
import vn.motcua.catalog.control.transfer.WorkbookReader;
import vn.motcua.catalog.control.transfer.WorkbookWriter;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.VersionPart;
import vn.motcua.catalog.entity.VersionStatus;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The catalog as an Excel workbook: the import template, the import (each procedure in its own transaction: saved
 * and published whole, or refused with the lines and reasons) and the export of what is in force today, in the same
 * format so an export can be imported again. Format: see {@link CatalogWorkbook} and the module's README.
 */
@ApplicationScoped
@RequiresPermissions("catalog:view")
public class CatalogTransfer {

    private static final Logger LOG = Logger.getLogger(CatalogTransfer.class.getName());

    /** Procedures per page of the export; their parts are read with three queries per page. */
    static final int EXPORT_PAGE = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureImportUnit units;

    /**
     * Imports a workbook: new national codes become procedures, known ones get a new version; both are published
     * from {@code effectiveFrom}. Refuses the whole file only when it is not a catalog workbook at all.
     */
    @RequiresPermissions("catalog:edit")
    public ImportReport importWorkbook(byte[] workbook, LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw new DomainException("catalog.transfer.dateRequired");
        }
        if (effectiveFrom.isBefore(LocalDate.now())) {
            throw new DomainException("catalog.transfer.dateInPast");
        }
        long start = System.nanoTime();
        ImportPlan plan = ProcedureRows.plan(WorkbookReader.read(workbook), units.codes());
        var rejections = new ArrayList<>(plan.rejections());
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        for (ParsedProcedure procedure : plan.procedures()) {
            try {
                switch (units.save(procedure, effectiveFrom)) {
                    case CREATED -> created++;
                    case REVISED -> revised++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (NotAuthorizedException e) {
                rejections.add(refused(procedure, "catalog.transfer.reason.outOfScope"));
            } catch (DomainException e) {
                rejections.add(refused(procedure, e.messageKey(), e.arguments()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import of procedure " + procedure.nationalCode() + " failed", e);
                rejections.add(refused(procedure, "catalog.transfer.reason.unexpected", rootMessage(e)));
            }
        }
        rejections.sort(Comparator.comparing((Rejection r) -> CatalogWorkbook.DATA_SHEETS.indexOf(r.sheet()))
                .thenComparing(Rejection::line));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Catalog import: %d created, %d revised, %d unchanged, %d lines refused in %d ms"
                .formatted(created, revised, unchanged, rejections.size(), millis));
        return new ImportReport(created, revised, unchanged, effectiveFrom, rejections, millis);
    }

    /** Lets a page refuse a user without {@code catalog:view} before it renders (the interceptor does the check). */
    public void checkAccess() {
        // nothing else to do
    }

    /** The empty workbook to fill in, with the current codes of sectors, agencies and roles for the dropdowns. */
    @Transactional
    public void template(OutputStream out) {
        try (var writer = writer()) {
            writer.write(out);
        }
    }

    /**
     * Every active procedure's version in force today, with its documents, fees and steps. Reads a page of versions
     * at a time and their parts with one query per kind of part, never one per procedure.
     */
    @Transactional
    public void export(OutputStream out) {
        LocalDate today = LocalDate.now();
        try (var writer = writer()) {
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<ProcedureVersion> page = em.createQuery(
                                "select v from ProcedureVersion v join fetch v.procedure p join fetch v.sector"
                                        + " join fetch v.decidingAgency where p.active = :yes and v.status = :published"
                                        + " and v.effectiveFrom = (select max(w.effectiveFrom) from ProcedureVersion w"
                                        + " where w.procedure = p and w.status = :published and w.effectiveFrom <= :today)"
                                        + " order by p.nationalCode",
                                ProcedureVersion.class)
                        .setParameter("yes", true)
                        .setParameter("published", VersionStatus.PUBLISHED)
                        .setParameter("today", today)
                        .setFirstResult(first)
                        .setMaxResults(EXPORT_PAGE)
                        .getResultList();
                if (page.isEmpty()) {
                    break;
                }
                List<Long> ids = page.stream().map(ProcedureVersion::getId).toList();
                Map<Long, List<RequiredDocument>> documents = parts(
                        "select d from RequiredDocument d join fetch d.procedureVersion"
                                + " where d.procedureVersion.id in :ids order by d.position",
                        RequiredDocument.class,
                        ids);
                Map<Long, List<Fee>> fees = parts(
                        "select f from Fee f join fetch f.procedureVersion where f.procedureVersion.id in :ids"
                                + " order by f.position",
                        Fee.class,
                        ids);
                Map<Long, List<ProcessStep>> steps = parts(
                        "select s from ProcessStep s join fetch s.procedureVersion join fetch s.role"
                                + " left join fetch s.agency where s.procedureVersion.id in :ids order by s.position",
                        ProcessStep.class,
                        ids);
                for (ProcedureVersion version : page) {
                    writer.procedure(
                            version,
                            documents.getOrDefault(version.getId(), List.of()),
                            fees.getOrDefault(version.getId(), List.of()),
                            steps.getOrDefault(version.getId(), List.of()));
                }
                em.clear();
            }
            writer.write(out);
        }
    }

    private WorkbookWriter writer() {
        return new WorkbookWriter(
                em.createQuery("select s from Sector s where s.active = :yes order by s.code", Sector.class)
                        .setParameter("yes", true)
                        .getResultList(),
                em.createQuery("select a from Agency a where a.active = :yes order by a.path", Agency.class)
                        .setParameter("yes", true)
                        .getResultList(),
                em.createQuery("select r from Role r order by r.id", Role.class).getResultList());
    }

    /** The parts of a page of versions, by version id, in one query. */
    private <T extends VersionPart> Map<Long, List<T>> parts(String jpql, Class<T> type, List<Long> ids) {
        var grouped = new HashMap<Long, List<T>>();
        for (T part : em.createQuery(jpql, type).setParameter("ids", ids).getResultList()) {
            grouped.computeIfAbsent(part.getProcedureVersion().getId(), id -> new ArrayList<>())
                    .add(part);
        }
        return grouped;
    }

    private static Rejection refused(ParsedProcedure procedure, String key, Object... arguments) {
        return new Rejection(
                CatalogWorkbook.PROCEDURES,
                procedure.line(),
                procedure.nationalCode(),
                key,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
