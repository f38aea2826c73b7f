package vn.motcua.platform.text;

/**
 * What people type into a form, normalised the same way in every component: surrounding white space removed, and
 * text with nothing else in it stored as {@code NULL} (never an empty or blank string).
 */
public final class Texts {
    private Texts() {}

    /** {@code text} without its surrounding white space, or {@code null} when nothing else is left. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
