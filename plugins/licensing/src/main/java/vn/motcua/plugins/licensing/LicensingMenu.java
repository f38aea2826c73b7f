package vn.motcua.plugins.licensing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/** The registry in the back office; the monthly report is listed by the core's report screen. */
@ApplicationScoped
public class LicensingMenu implements MenuContribution {

    private static final List<MenuEntry> ENTRIES = List.of(new MenuEntry(
            MenuArea.BACK_OFFICE,
            "licensing.menu.registry",
            "/p/licensing/registry.xhtml",
            LicensingPlugin.LICENCE_VIEW,
            "pi pi-id-card",
            10));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
