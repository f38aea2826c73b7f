package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.control.LicenceValidity;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.faces.PageMessages;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryTable;

/**
 * Backs {@code /p/licensing/registry.xhtml}: the filter bar, the core's lazy table over {@link LicenceRegistry#query}
 * (one count and one page query per request, in the officer's scope) and the Excel export of what the filter matches.
 */
@Named("licensingRegistryView")
@ViewScoped
public class RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** "Expiring soon" in the table: a valid licence within this many days of its last day. */
    static final int SOON_DAYS = 60;

    @Inject
    LicenceRegistry registry;

    @Inject
    OfficerContext officer;

    @Inject
    Registries registries;

    @Inject
    PageMessages messages;

    private final RegistryFilter filter = new RegistryFilter();
    private RegistryTable<Licence> model;

    @PostConstruct
    void init() {
        RegistryFilter bar = filter;
        model = registries.table(() -> LicenceRegistry.query(bar), Licence::getId);
    }

    /** The page's view action: refused (not-allowed page) without the permission. */
    public void checkAccess() {
        registry.checkAccess();
    }

    /** Applies the filter bar from the first page. */
    public void search() {
        model.firstPage("registry:table");
    }

    /** Clears the filter bar. */
    public void reset() {
        model.firstPage("registry:table");
        filter.setNumber(null);
        filter.setHolder(null);
        filter.setPublication(null);
        filter.setStatus(null);
        filter.setExpiringWithinDays(null);
    }

    public RegistryFile getExport() {
        return registry.download(filter, messages::text);
    }

    public boolean isExportAllowed() {
        return officer.permitted(LicensingPlugin.LICENCE_EXPORT);
    }

    public LicenceStatus status(Licence licence) {
        return licence.statusOn(LocalDate.now());
    }

    /** Tag colour of a status: valid green (amber when expiring soon), amended blue, revoked red, expired grey. */
    public String severity(Licence licence) {
        return switch (status(licence)) {
            case VALID -> LicenceValidity.expiresWithin(licence, LocalDate.now(), SOON_DAYS) ? "warning" : "success";
            case AMENDED -> "info";
            case REVOKED -> "danger";
            case EXPIRED -> "secondary";
        };
    }

    public LicenceStatus[] getStatuses() {
        return LicenceStatus.values();
    }

    public RegistryFilter getFilter() {
        return filter;
    }

    public RegistryTable<Licence> getModel() {
        return model;
    }
}
