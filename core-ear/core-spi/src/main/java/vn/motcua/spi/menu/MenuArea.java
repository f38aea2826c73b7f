package vn.motcua.spi.menu;

/**
 * Where a menu entry shows in the portal.
 *
 * @since 0.1.0
 */
public enum MenuArea {
    /** The one-stop counter's menu (receive, return). */
    COUNTER,
    /** The departments' back office: registries, processing screens. */
    BACK_OFFICE,
    /** Administration: the plugin's catalogs and settings. */
    ADMIN,
    /** Reports. */
    REPORTS
}
