package vn.motcua.plugins.socialwelfare;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/** The registry (back office) and the rates (administration); the report is listed by the core's report screen. */
@ApplicationScoped
public class SocialWelfareMenu implements MenuContribution {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(
                    MenuArea.BACK_OFFICE,
                    "social-welfare.menu.registry",
                    "/p/social-welfare/registry.xhtml",
                    SocialWelfarePlugin.BENEFICIARY_VIEW,
                    "pi pi-users",
                    40),
            new MenuEntry(
                    MenuArea.ADMIN,
                    "social-welfare.menu.rates",
                    "/p/social-welfare/rates.xhtml",
                    SocialWelfarePlugin.RATES_VIEW,
                    "pi pi-percentage",
                    40));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
