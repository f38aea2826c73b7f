package vn.motcua.plugins.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.registry.SearchColumn;

/**
 * The Department of Transport's plugin (Sở Giao thông vận tải): driving licence exchange and re-issue, transport
 * badges for commercial vehicles, the registry of what it issued and a report. One id everywhere: URLs
 * {@code /p/vehicle-registration/}, keys {@code vehicle-registration.}, tables {@code vehicle_registration_}.
 */
@Plugin(VehicleRegistrationPlugin.ID)
@ApplicationScoped
public class VehicleRegistrationPlugin implements DepartmentPlugin {

    public static final String ID = "vehicle-registration";

    /** Đổi giấy phép lái xe do ngành Giao thông vận tải cấp. */
    public static final String EXCHANGE = "1.002804";
    /** Cấp lại giấy phép lái xe. */
    public static final String REISSUE = "1.002809";
    /** Cấp phù hiệu xe ô tô kinh doanh vận tải. */
    public static final String BADGE = "1.002861";

    /** Look up licences and badges issued in one's agencies. */
    public static final String REGISTRY_VIEW = ID + ":registry:view";
    /** Export the registry to Excel. */
    public static final String REGISTRY_EXPORT = ID + ":registry:export";
    /** Record a new health certificate on a licence dossier in process (after a supplement request). */
    public static final String HEALTH_EDIT = ID + ":health:edit";
    /** Open the "issued per class and kind" report. */
    public static final String REPORT_VIEW = ID + ":report:view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return ID + ".title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> permissions() {
        return List.of(REGISTRY_VIEW, REGISTRY_EXPORT, HEALTH_EDIT, REPORT_VIEW);
    }

    /** The registers' folded holder columns, filled by the core on rows issued before them. */
    @Override
    public List<SearchColumn<?>> searchColumns() {
        return List.of(
                SearchColumn.of(IssuedLicence.class, IssuedLicence::foldSearchText),
                SearchColumn.of(IssuedBadge.class, IssuedBadge::foldSearchText));
    }
}
