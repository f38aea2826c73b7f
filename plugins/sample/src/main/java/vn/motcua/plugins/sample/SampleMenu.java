package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.menu.MenuArea;
import vn.motcua.spi.menu.MenuContribution;
import vn.motcua.spi.menu.MenuEntry;

/** The sample plugin's one menu entry. */
@ApplicationScoped
public class SampleMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(
                MenuArea.BACK_OFFICE, "sample.menu.hello", "/p/sample/hello.xhtml", "dossier:view", "pi pi-star", 10));
    }
}
