package vn.motcua.dossier.control.numbering;

import java.util.regex.Pattern;

/**
 * What a result number series may be called: {@code <plugin id>.<name>}, the plugin id as {@link vn.motcua.spi.Plugin}
 * defines it (lower case letters, digits and dashes, starting with a letter), the name letters, digits and
 * {@code _ - .}; at most 60 characters (the column). A series used by a plugin's bean must carry that plugin's id.
 */
public final class SeriesNames {

    public static final int MAX_LENGTH = 60;

    private static final Pattern SERIES = Pattern.compile("[a-z][a-z0-9-]*\\.[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private SeriesNames() {}

    /**
     * Checks a series before it is counted.
     *
     * @param owner the id of the plugin whose bean asks, or {@code null} for a caller that is no plugin bean (the
     *     core, a test): then only the shape is checked
     * @throws IllegalArgumentException naming the series and what is wrong with it
     */
    public static void check(String owner, String series) {
        if (series == null
                || series.length() > MAX_LENGTH
                || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("A result number series is '<plugin id>.<name>' (letters, digits,"
                    + " _ - .), at most " + MAX_LENGTH + " characters: " + series);
        }
        if (owner != null && !series.startsWith(owner + ".")) {
            throw new IllegalArgumentException(
                    "The plugin '" + owner + "' numbers only in its own series ('" + owner + ".…'): " + series);
        }
    }
}
