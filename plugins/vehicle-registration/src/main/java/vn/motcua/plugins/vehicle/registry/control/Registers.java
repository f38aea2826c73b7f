package vn.motcua.plugins.vehicle.registry.control;

import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.Plates;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;

/**
 * The two registers as the core's registry service runs them: each one's query from a lookup (the core adds the
 * officer's agency scope, binds the values and pages in the database) and its Excel columns — Vietnamese headings,
 * dates as dates, numbers and plates as text so Excel keeps their leading zeros and dots. Newest first.
 */
public final class Registers {

    private Registers() {}

    /** Licences by number (new or replaced, from its beginning), holder, class and period of issue. */
    public static RegistryQuery<IssuedLicence> licences(RegistrySearch search) {
        String number = RegistrySearch.text(search.getNumber());
        return common(RegistryQuery.select(IssuedLicence.class, "r", "VehicleRegistrationIssuedLicence r"), search)
                .startsWith(number == null ? null : number.replaceAll("\\s", ""), "r.licenceNumber", "r.previousNumber")
                .whereGiven("r.licenceClass = :category", "category", RegistrySearch.text(search.getCategory()))
                .sortable("licenceNumber", "r.licenceNumber")
                .sortable("licenceClass", "r.licenceClass");
    }

    /** Badges by number, plate in any spelling, holder, kind and period of issue. */
    public static RegistryQuery<IssuedBadge> badges(RegistrySearch search) {
        var query = common(RegistryQuery.select(IssuedBadge.class, "r", "VehicleRegistrationIssuedBadge r"), search)
                .contains(RegistrySearch.text(search.getNumber()), "r.badgeNumber")
                .contains(Plates.strip(search.getPlate()), "r.plate")
                .sortable("badgeNumber", "r.badgeNumber")
                .sortable("plate", "r.plate")
                .sortable("badgeKind", "r.badgeKind");
        String category = RegistrySearch.text(search.getCategory());
        // an unknown kind is bound as null: it matches nothing (the column never holds null)
        return category == null ? query : query.where("r.badgeKind = :category", "category", kind(category));
    }

    public static RegistrySheet<IssuedLicence> licenceSheet() {
        return RegistrySheet.<IssuedLicence>named("Giấy phép lái xe")
                .text("Số GPLX", IssuedLicence::getLicenceNumber)
                .text("Hạng", IssuedLicence::getLicenceClass)
                .text("Điều kiện hạn chế", IssuedLicence::getRestriction)
                .text("Họ và tên", IssuedLicence::getHolderName)
                .text("Số định danh", IssuedLicence::getHolderIdNumber)
                .date("Ngày sinh", IssuedLicence::getHolderBirthDate)
                .date("Ngày cấp", IssuedLicence::getIssuedOn)
                .date("Có giá trị đến", l -> l.getExpiresOn() == null ? "Không thời hạn" : l.getExpiresOn())
                .text("GPLX cũ", IssuedLicence::getPreviousNumber)
                .text("Hạng cũ", IssuedLicence::getPreviousClass)
                .text("Thủ tục", IssuedLicence::getProcedureCode)
                .text("Mã hồ sơ", IssuedLicence::getDossierCode);
    }

    public static RegistrySheet<IssuedBadge> badgeSheet() {
        return RegistrySheet.<IssuedBadge>named("Phù hiệu")
                .text("Số phù hiệu", IssuedBadge::getBadgeNumber)
                .text("Loại phù hiệu", b -> b.getBadgeKind().printed())
                .text("Biển số", IssuedBadge::getPlateText)
                .text("Loại xe", b -> b.getVehicleType().label())
                .number("Số chỗ", IssuedBadge::getSeats)
                .number("Tải trọng (tấn)", IssuedBadge::getTonnage)
                .text("Đơn vị kinh doanh vận tải", IssuedBadge::getHolderName)
                .text("Mã số thuế / định danh", IssuedBadge::getHolderIdNumber)
                .text("Số GPKD vận tải", IssuedBadge::getBusinessLicenceNumber)
                .date("Ngày cấp", IssuedBadge::getIssuedOn)
                .date("Có giá trị đến", IssuedBadge::getExpiresOn)
                .text("Mã hồ sơ", IssuedBadge::getDossierCode);
    }

    private static <T> RegistryQuery<T> common(RegistryQuery<T> query, RegistrySearch search) {
        return query.scopedBy("r.agencyId")
                .identifiedBy("r.id")
                .readableWith(VehicleRegistrationPlugin.REGISTRY_VIEW)
                .containsFolded(search.getHolder(), "r.searchText")
                .whereGiven("r.issuedOn >= :from", "from", search.getIssuedFrom())
                .whereGiven("r.issuedOn <= :to", "to", search.getIssuedTo())
                .sortable("holderName", "r.holderName")
                .sortable("issuedOn", "r.issuedOn")
                .sortable("expiresOn", "r.expiresOn")
                .orderedBy("r.issuedOn desc");
    }

    /** A badge kind by name, or {@code null} for a name that is none. */
    static BadgeKind kind(String name) {
        for (BadgeKind kind : BadgeKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
