package vn.motcua.plugins.vehicle.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;

/**
 * Backs {@code /p/vehicle-registration/registry.xhtml}: the licence and badge registers, each with its lookup (number,
 * plate in any spelling, holder, class or kind, period), a lazy table and an Excel export of what the lookup finds.
 */
@Named("vehicleRegistrationRegistryView")
@ViewScoped
@Plugin(VehicleRegistrationPlugin.ID)
public class RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    Registry registry;

    @Inject
    OfficerContext officer;

    private final RegistrySearch licenceSearch = new RegistrySearch();
    private final RegistrySearch badgeSearch = new RegistrySearch();
    private RegistryLazyModel<IssuedLicence> licences;
    private RegistryLazyModel<IssuedBadge> badges;

    @PostConstruct
    void init() {
        RegistrySearch forLicences = licenceSearch;
        RegistrySearch forBadges = badgeSearch;
        Registry facade = registry;
        licences = new RegistryLazyModel<>(
                (first, size, sort, asc) -> facade.licences(forLicences, first, size, sort, asc), IssuedLicence::getId);
        badges = new RegistryLazyModel<>(
                (first, size, sort, asc) -> facade.badges(forBadges, first, size, sort, asc), IssuedBadge::getId);
    }

    /** View action: only officers holding the registry permission may open the page. */
    public void checkAccess() {
        registry.checkAccess();
    }

    /** A new search starts at the first page of the table it refreshes. */
    public void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    public boolean isCanExport() {
        return officer.permitted(VehicleRegistrationPlugin.REGISTRY_EXPORT);
    }

    public StreamedContent getLicenceExport() {
        return download("so-giay-phep-lai-xe", registry::exportLicences, licenceSearch);
    }

    public StreamedContent getBadgeExport() {
        return download("so-phu-hieu", registry::exportBadges, badgeSearch);
    }

    private static StreamedContent download(
            String name, BiConsumer<RegistrySearch, java.io.OutputStream> export, RegistrySearch search) {
        var bytes = new ByteArrayOutputStream();
        export.accept(search, bytes);
        byte[] content = bytes.toByteArray();
        return DefaultStreamedContent.builder()
                .name(name + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
                .contentType(XLSX)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public RegistrySearch getLicenceSearch() {
        return licenceSearch;
    }

    public RegistrySearch getBadgeSearch() {
        return badgeSearch;
    }

    public RegistryLazyModel<IssuedLicence> getLicences() {
        return licences;
    }

    public RegistryLazyModel<IssuedBadge> getBadges() {
        return badges;
    }
}
