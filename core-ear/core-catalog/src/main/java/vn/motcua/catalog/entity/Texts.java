package vn.motcua.catalog.entity;

/** Normalisation of what admins type: surrounding blanks removed, empty text stored as NULL. */
public final class Texts {
    private Texts() {}

    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
