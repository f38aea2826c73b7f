package vn.motcua.spi.menu;

import java.util.List;

/**
 * The menu entries a plugin adds, a bean of the plugin's JAR (qualified by the core with the plugin's
 * {@code @Plugin("id")}, see {@link vn.motcua.spi.Plugin}).
 *
 * <p>What the core guarantees: it shows an entry only to a signed-in officer who holds its permission and whose
 * agency has the plugin enabled (the per-agency switch, effective at the next page). Pages under {@code /p/<id>/} are
 * refused (404) to officers whose agency does not have the plugin enabled, so hiding the menu is not the only guard.
 * {@link #entries()} is called on request threads and should return a constant list.
 *
 * @since 0.1.0
 */
public interface MenuContribution {

    List<MenuEntry> entries();
}
