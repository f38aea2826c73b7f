package vn.motcua.plugins.licensing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.registry.SearchColumn;

/** The licensing plugin of the Department of Information and Communications (Sở Thông tin và Truyền thông). */
@Plugin(LicensingPlugin.ID)
@ApplicationScoped
public class LicensingPlugin implements DepartmentPlugin {

    public static final String ID = "licensing";

    /** Opens the licence registry (and the counter's lookup of a licence to amend). */
    public static final String LICENCE_VIEW = "licensing:licence:view";

    /** Exports the registry to Excel. */
    public static final String LICENCE_EXPORT = "licensing:licence:export";

    /** Opens the monthly report of licences issued, amended and revoked. */
    public static final String REPORT_VIEW = "licensing:report:view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "licensing.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> permissions() {
        return List.of(LICENCE_VIEW, LICENCE_EXPORT, REPORT_VIEW);
    }

    /** The registry's folded holder and publication columns, filled by the core on licences issued before them. */
    @Override
    public List<SearchColumn<?>> searchColumns() {
        return List.of(SearchColumn.of(Licence.class, Licence::foldSearchText));
    }
}
