package vn.motcua.spi.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for accent-insensitive search, the one folding the whole portal uses: Vietnamese diacritics removed
 * ("Nguyễn" → "nguyen", "Đ" → "d"), lower case, runs of white space made one space. A row keeps the folded form of
 * what people search it by in an indexed column of its own, written with the row ({@link SearchColumn}); the core
 * folds the typed text the same way ({@link RegistryQuery#containsFolded}), so "Nguyen Van" finds "Nguyễn Văn" with
 * a plain {@code LIKE} on that column: no function over every row, the same on H2 and SQL Server whatever their
 * collations.
 *
 * @since 0.1.0
 */
public final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FoldedText() {}

    /** The folded form of the parts joined by a space (absent or blank parts skipped); {@code ""} when none is left. */
    public static String of(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(' ').append(part);
            }
        }
        String decomposed = Normalizer.normalize(joined, Normalizer.Form.NFD)
                .replace('đ', 'd')
                .replace('Đ', 'D');
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The folded form cut to a column's length (what an entity writes into its search column). */
    public static String of(int maxLength, String... parts) {
        String folded = of(parts);
        return folded.length() > maxLength ? folded.substring(0, maxLength) : folded;
    }
}
