package vn.motcua.plugins.socialwelfare;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.plugins.socialwelfare.registry.entity.Beneficiary;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.registry.SearchColumn;

/** The social-welfare plugin of the Department of Labour, Invalids and Social Affairs (Sở LĐTBXH). */
@Plugin(SocialWelfarePlugin.ID)
@ApplicationScoped
public class SocialWelfarePlugin implements DepartmentPlugin {

    public static final String ID = "social-welfare";

    /** Monthly social allowance for protected persons: grant, adjust, stop. */
    public static final String ALLOWANCE = "2.000286";

    /** Recognition of a poor or near-poor household arising during the year. */
    public static final String POOR_HOUSEHOLD = "1.000026";

    public static final String BENEFICIARY_VIEW = "social-welfare:beneficiary:view";
    public static final String BENEFICIARY_STOP = "social-welfare:beneficiary:stop";
    public static final String PAYMENT_EXPORT = "social-welfare:payment:export";
    public static final String RATES_VIEW = "social-welfare:rates:view";
    public static final String RATES_EDIT = "social-welfare:rates:edit";
    public static final String REPORT_VIEW = "social-welfare:report:view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "social-welfare.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> permissions() {
        return List.of(BENEFICIARY_VIEW, BENEFICIARY_STOP, PAYMENT_EXPORT, RATES_VIEW, RATES_EDIT, REPORT_VIEW);
    }

    /** The registry's folded name column, filled by the core on beneficiaries written before it. */
    @Override
    public List<SearchColumn<?>> searchColumns() {
        return List.of(SearchColumn.of(Beneficiary.class, Beneficiary::foldSearchText));
    }
}
