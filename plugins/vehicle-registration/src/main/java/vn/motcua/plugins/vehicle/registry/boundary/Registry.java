package vn.motcua.plugins.vehicle.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.registry.control.Registers;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The registry of licences and badges the department issued: paged lookups and the Excel export, run by the core's
 * registry service from {@link Registers}' queries — always limited to the agencies in the officer's scope (a
 * department never sees another's rows), paging and sorting in the database.
 */
@ApplicationScoped
public class Registry {

    @Inject
    Registries registries;

    /** Throws when the officer may not open the registry (the page calls it before rendering). */
    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public void checkAccess() {
        // the interceptor decides
    }

    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public RegistryPage<IssuedLicence> licences(
            RegistrySearch search, int first, int size, String sortField, boolean ascending) {
        return registries.page(Registers.licences(search), first, size, sortField, ascending);
    }

    @RequiresPermissions(VehicleRegistrationPlugin.REGISTRY_VIEW)
    public RegistryPage<IssuedBadge> badges(
            RegistrySearch search, int first, int size, String sortField, boolean ascending) {
        return registries.page(Registers.badges(search), first, size, sortField, ascending);
    }

    /** Writes every licence matching the search, newest first, as an .xlsx workbook. Returns the row count. */
    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public int exportLicences(RegistrySearch search, OutputStream out) {
        return (int) registries
                .export(Registers.licences(search), Registers.licenceSheet(), out)
                .rows();
    }

    /** Writes every badge matching the search, newest first, as an .xlsx workbook. Returns the row count. */
    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public int exportBadges(RegistrySearch search, OutputStream out) {
        return (int) registries
                .export(Registers.badges(search), Registers.badgeSheet(), out)
                .rows();
    }

    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public RegistryFile licenceDownload(RegistrySearch search) {
        return registries.download("so-giay-phep-lai-xe", Registers.licences(search), Registers.licenceSheet());
    }

    @RequiresPermissions({VehicleRegistrationPlugin.REGISTRY_VIEW, VehicleRegistrationPlugin.REGISTRY_EXPORT})
    public RegistryFile badgeDownload(RegistrySearch search) {
        return registries.download("so-phu-hieu", Registers.badges(search), Registers.badgeSheet());
    }
}
