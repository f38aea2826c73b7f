package ${package}.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import ${package}.${classPrefix}Plugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * Result numbers {@code <n>/${resultSymbol}-<agency initials>} (e.g. {@code 12/${resultSymbol}-SGTVT}), counted per
 * issuing agency and calendar year from 1, as administrative documents are.
 *
 * <p>The running number comes from the core's {@link ResultNumbers} (series {@value #SERIES}): a row per series,
 * agency and year locked in the database in the caller's transaction (the leader's approval), so approvals on any
 * number of servers never share a number and a rolled-back approval gives its number back. The plugin keeps no
 * counter table; this class only formats.
 */
@Plugin(${classPrefix}Plugin.ID)
@ApplicationScoped
public class ${classPrefix}Numbers {

    /** The series symbol in every number of this plugin. */
    public static final String SYMBOL = "${resultSymbol}";

    /** Our series in the core's numbering: {@code <plugin id>.<name>}, ASCII. */
    public static final String SERIES = ${classPrefix}Plugin.ID + ".result";

    /** Small words left out of an agency's initials ("Sở Giao thông vận tải" → SGTVT). */
    private static final Set<String> SKIPPED = Set.of("và", "của");

    /** A number and the sequence it was made from. */
    public record Issued(String number, int sequence) {}

    @Inject
    ResultNumbers numbers;

    /** The next number of the agency for the year; call inside the transaction that records the result. */
    public Issued next(long agencyId, String agencyName, int year) {
        int sequence = Math.toIntExact(numbers.next(SERIES, agencyId, year));
        return new Issued(format(sequence, agencySymbol(agencyName)), sequence);
    }

    /** {@code 12}, {@code SGTVT} → {@code 12/${resultSymbol}-SGTVT}. */
    public static String format(int sequence, String agencySymbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A number starts at 1: " + sequence);
        }
        return sequence + "/" + SYMBOL + "-" + agencySymbol;
    }

    /**
     * The agency's initials as Vietnamese documents write them: first letters of its name without the small words,
     * capitals, accents dropped but Đ kept ("Sở Lao động - Thương binh và Xã hội" → {@code SLĐTBXH}).
     */
    public static String agencySymbol(String agencyName) {
        var symbol = new StringBuilder();
        for (String word : agencyName.trim().split("[\\s\\-–,.()]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                char first = word.charAt(0);
                symbol.append(
                        first == 'đ' || first == 'Đ'
                                ? 'Đ'
                                : Normalizer.normalize(String.valueOf(first), Normalizer.Form.NFD)
                                        .replaceAll("\\p{M}", "")
                                        .toUpperCase(Locale.ROOT)
                                        .charAt(0));
            }
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("An agency name without letters: " + agencyName);
        }
        return symbol.toString();
    }
}
