package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.control.LicenceFinder;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryExport;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The licence registry as officers use it: its query (filters, sortable columns) and its Excel columns, run by the
 * core's {@link Registries} — paged, counted and sorted in the database and kept to the agencies in the officer's scope
 * (a department never sees another's licences), whatever the filter says — and the lookup the counter's amendment form
 * uses.
 */
@ApplicationScoped
public class LicenceRegistry {

    @Inject
    Registries registries;

    @Inject
    OfficerContext officer;

    @Inject
    LicenceFinder finder;

    /** Opens the registry screen (its view action); refused without the permission. */
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public void checkAccess() {}

    @Transactional
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public RegistryPage<Licence> page(RegistryFilter filter, int first, int size, String sortField, boolean ascending) {
        return registries.page(query(filter), first, size, sortField, ascending);
    }

    /** Writes every licence the filter matches (in scope) as an .xlsx workbook; {@code text} gives the labels. */
    @RequiresPermissions(LicensingPlugin.LICENCE_EXPORT)
    public RegistryExport export(RegistryFilter filter, Function<String, String> text, OutputStream out) {
        return registries.export(query(filter), sheet(text, LocalDate.now()), out);
    }

    /** The export as a download for the registry page. */
    @RequiresPermissions(LicensingPlugin.LICENCE_EXPORT)
    public RegistryFile download(RegistryFilter filter, Function<String, String> text) {
        return registries.download("so-giay-phep", query(filter), sheet(text, LocalDate.now()));
    }

    /**
     * A licence of an agency in the officer's scope, as the counter names it (number and year of issue), so that the
     * amendment form can start from the licence's particulars.
     */
    @Transactional
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public Optional<Licence> find(String number, Integer year) {
        return finder.find(officer.agencyIdsInScope(), number, year);
    }

    /** The registry's query for the filter bar's values (the sort names are the columns' sortBy). */
    public static RegistryQuery<Licence> query(RegistryFilter filter) {
        LocalDate today = LocalDate.now();
        var query = RegistryQuery.select(Licence.class, "l", "LicensingLicence l")
                .scopedBy("l.agencyId")
                .identifiedBy("l.id")
                .readableWith(LicensingPlugin.LICENCE_VIEW)
                .contains(filter.getNumber(), "l.number")
                .containsFolded(filter.getHolder(), "l.searchText")
                .containsFolded(filter.getPublication(), "l.publicationSearchText")
                .sortable("number", "l.issueYear", "l.sequenceNumber")
                .sortable("holderName", "l.holderName")
                .sortable("publication.publicationName", "l.publication.publicationName")
                .sortable("issuedOn", "l.issuedOn")
                .sortable("expiresOn", "l.expiresOn")
                .sortable("status", "l.status")
                .orderedBy("l.issuedOn desc");
        if (filter.getStatus() != null) {
            switch (filter.getStatus()) {
                case VALID -> query.where("l.status = :valid and l.expiresOn >= :today", "valid", LicenceStatus.VALID)
                        .bind("today", today);
                case EXPIRED -> query.where("l.status = :valid and l.expiresOn < :today", "valid", LicenceStatus.VALID)
                        .bind("today", today);
                case AMENDED, REVOKED -> query.where("l.status = :status", "status", filter.getStatus());
            }
        }
        if (filter.getExpiringWithinDays() != null && filter.getExpiringWithinDays() >= 0) {
            query.where("l.status = :valid and l.expiresOn between :today and :until", "valid", LicenceStatus.VALID)
                    .bind("today", today)
                    .bind("until", today.plusDays(filter.getExpiringWithinDays()));
        }
        return query;
    }

    /** The export's columns; {@code text} gives the labels of kinds, periodicities and statuses. */
    public static RegistrySheet<Licence> sheet(Function<String, String> text, LocalDate today) {
        return RegistrySheet.<Licence>named("licensing.registry.title")
                .text("licensing.registry.number", Licence::getNumber)
                .text("licensing.registry.kind", l -> text.apply(l.getKind().labelKey()))
                .text("licensing.registry.holder", Licence::getHolderName)
                .width(40)
                .text("licensing.registry.holderId", Licence::getHolderIdNumber)
                .text("licensing.registry.publication", l -> l.getPublication().getPublicationName())
                .width(40)
                .text(
                        "licensing.registry.periodicity",
                        l -> text.apply(l.getPublication().getPeriodicity().labelKey()))
                .number("licensing.registry.pages", l -> l.getPublication().getPages())
                .number("licensing.registry.copies", l -> l.getPublication().getCopies())
                .date("licensing.registry.issuedOn", Licence::getIssuedOn)
                .date("licensing.registry.expiresOn", Licence::getExpiresOn)
                .text(
                        "licensing.registry.status",
                        l -> text.apply(l.statusOn(today).labelKey()))
                .text("licensing.registry.dossier", Licence::getDossierCode);
    }
}
