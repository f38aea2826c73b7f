package vn.motcua.plugins.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/** The plugin's entry in the back office: the registry of licences and badges (the report is on the core's screen). */
@ApplicationScoped
public class VehicleMenu implements MenuContribution {

    private static final List<MenuEntry> ENTRIES = List.of(new MenuEntry(
            MenuArea.BACK_OFFICE,
            VehicleRegistrationPlugin.ID + ".menu.registry",
            "/p/" + VehicleRegistrationPlugin.ID + "/registry.xhtml",
            VehicleRegistrationPlugin.REGISTRY_VIEW,
            "pi pi-id-card",
            10));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
