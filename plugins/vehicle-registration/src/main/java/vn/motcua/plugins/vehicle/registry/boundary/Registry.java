package vn.motcua.plugins.vehicle.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.registry.control.RegistryQuery;
import vn.motcua.plugins.vehicle.registry.control.RegistryQuery.Register;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.plugins.vehicle.registry.control.RegistryWorkbook;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The registry of licences and badges the department issued: paged lookups and the Excel export, always limited to
 * the agencies in the officer's scope (a department never sees another's rows), paging and sorting in the database.
 */
@Plugin(VehicleRegistrationPlugin.ID)
@ApplicationScoped
public class Registry {

    /** One page of rows and how many match in all. */
    public record Page<T>(List<T> rows, long total) {}

    /** Rows fetched per round trip while exporting. */
    static final int EXPORT_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    /** Throws when the officer may not open the registry (the page calls it before rendering). */
    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public void checkAccess() {
        // the interceptor decides
    }

    @Transactional
    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public Page<IssuedLicence> licences(
            RegistrySearch search, int first, int size, String sortField, boolean ascending) {
        return page(Register.LICENCES, IssuedLicence.class, search, first, size, sortField, ascending);
    }

    @Transactional
    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public Page<IssuedBadge> badges(RegistrySearch search, int first, int size, String sortField, boolean ascending) {
        return page(Register.BADGES, IssuedBadge.class, search, first, size, sortField, ascending);
    }

    /** Writes every licence matching the search, newest first, as an .xlsx workbook. Returns the row count. */
    @Transactional
    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public int exportLicences(RegistrySearch search, OutputStream out) {
        try (var workbook = RegistryWorkbook.licences()) {
            stream(Register.LICENCES, IssuedLicence.class, search, workbook::add);
            workbook.write(out);
            return workbook.rows();
        }
    }

    /** Writes every badge matching the search, newest first, as an .xlsx workbook. Returns the row count. */
    @Transactional
    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public int exportBadges(RegistrySearch search, OutputStream out) {
        try (var workbook = RegistryWorkbook.badges()) {
            stream(Register.BADGES, IssuedBadge.class, search, workbook::add);
            workbook.write(out);
            return workbook.rows();
        }
    }

    private <T> Page<T> page(
            Register register,
            Class<T> type,
            RegistrySearch search,
            int first,
            int size,
            String sortField,
            boolean ascending) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        RegistryQuery query = RegistryQuery.of(register, scope, search);
        long total = query.count(em);
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        List<T> rows = query.select(em, type, sortField, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 200))
                .getResultList();
        return new Page<>(rows, total);
    }

    private <T> void stream(Register register, Class<T> type, RegistrySearch search, Consumer<T> sink) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return;
        }
        RegistryQuery query = RegistryQuery.of(register, scope, search);
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<T> batch = query.select(em, type, null, false)
                    .setFirstResult(first)
                    .setMaxResults(EXPORT_BATCH)
                    .getResultList();
            batch.forEach(sink);
            em.clear();
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }
}
