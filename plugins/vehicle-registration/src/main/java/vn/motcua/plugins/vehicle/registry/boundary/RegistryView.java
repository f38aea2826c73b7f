package vn.motcua.plugins.vehicle.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.registry.control.Registers;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryTable;

/**
 * Backs {@code /p/vehicle-registration/registry.xhtml}: the licence and badge registers, each with its lookup (number,
 * plate in any spelling, holder, class or kind, period), a lazy table and an Excel export of what the lookup finds.
 */
@Named("vehicleRegistrationRegistryView")
@ViewScoped
public class RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Registry registry;

    @Inject
    OfficerContext officer;

    @Inject
    Registries registries;

    private final RegistrySearch licenceSearch = new RegistrySearch();
    private final RegistrySearch badgeSearch = new RegistrySearch();
    private RegistryTable<IssuedLicence> licences;
    private RegistryTable<IssuedBadge> badges;

    @PostConstruct
    void init() {
        RegistrySearch forLicences = licenceSearch;
        RegistrySearch forBadges = badgeSearch;
        licences = registries.table(() -> Registers.licences(forLicences), IssuedLicence::getId);
        badges = registries.table(() -> Registers.badges(forBadges), IssuedBadge::getId);
    }

    /** View action: only officers holding the registry permission may open the page. */
    public void checkAccess() {
        registry.checkAccess();
    }

    /** A new search starts at the first page of the table it refreshes. */
    public void firstPage(String tableId) {
        licences.firstPage(tableId); // either table's model finds the component by its id
    }

    public boolean isCanExport() {
        return officer.permitted(VehicleRegistrationPlugin.REGISTRY_EXPORT);
    }

    public RegistryFile getLicenceExport() {
        return registry.licenceDownload(licenceSearch);
    }

    public RegistryFile getBadgeExport() {
        return registry.badgeDownload(badgeSearch);
    }

    public RegistrySearch getLicenceSearch() {
        return licenceSearch;
    }

    public RegistrySearch getBadgeSearch() {
        return badgeSearch;
    }

    public RegistryTable<IssuedLicence> getLicences() {
        return licences;
    }

    public RegistryTable<IssuedBadge> getBadges() {
        return badges;
    }
}
