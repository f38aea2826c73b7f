package vn.motcua.spi.menu;

/**
 * One entry a plugin adds to the officers' menu.
 *
 * @param area where it shows
 * @param labelKey message key of its label, e.g. {@code licensing.menu.registry}
 * @param path the page, relative to the portal, under the plugin's own folder: {@code /p/<id>/...xhtml}
 * @param permission the permission an officer needs to see it (the page itself must check it too)
 * @param icon a PrimeIcons class, e.g. {@code pi pi-book}, or {@code null}
 * @param order position within the area (lower first)
 *
 * @since 0.1.0
 */
public record MenuEntry(MenuArea area, String labelKey, String path, String permission, String icon, int order) {}
