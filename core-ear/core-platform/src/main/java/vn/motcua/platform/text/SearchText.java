package vn.motcua.platform.text;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import vn.motcua.spi.registry.FoldedText;

/**
 * Accent-insensitive search: what is stored in a row's search column and what a typed filter is compared with, both
 * folded the same way — Vietnamese diacritics removed ("Nguyễn" → "nguyen", "Đ" → "d"), lower case, runs of white
 * space made one space. A row keeps its folded text in its own indexed column, written with the row (an entity's
 * {@code @PrePersist}/{@code @PreUpdate}), so a search is a plain {@code LIKE} on that column: no function runs over
 * every row, and the same query works on H2 and SQL Server whatever their collations.
 */
public final class SearchText {

    private SearchText() {}

    /**
     * The folded form of the parts joined by a space (absent parts skipped); {@code ""} when nothing is left. The
     * contract's {@link FoldedText}, so that the core's columns and the plugins' fold alike.
     */
    public static String fold(String... parts) {
        return FoldedText.of(parts);
    }

    /** The folded form cut to a column's length. */
    public static String fold(int maxLength, String... parts) {
        return FoldedText.of(maxLength, parts);
    }

    /**
     * "The row's search column contains what was typed", accents and case ignored, or {@code null} when nothing was
     * typed.
     */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> searchColumn, String typed) {
        String folded = typed == null ? "" : fold(typed);
        return folded.isEmpty() ? null : cb.like(searchColumn, containsPattern(folded));
    }

    /**
     * A {@code LIKE} pattern "contains {@code text}" without an {@code ESCAPE} clause: EclipseLink cannot bind an
     * escape character, and then writes every value of the statement into the SQL — a boolean as {@code 1}, which H2
     * refuses next to a BOOLEAN column ("ACTIVE = 1"). So the wildcards and H2's default escape character typed
     * ({@code % _ \}) become {@code _}, "any one character": the match is then a little wider, never narrower.
     */
    public static String containsPattern(String text) {
        return "%" + text.replace('%', '_').replace('\\', '_') + "%";
    }
}
