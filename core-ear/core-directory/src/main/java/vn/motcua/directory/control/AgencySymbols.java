package vn.motcua.directory.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The short name of an agency that has none entered, as Vietnamese administrative documents write it after the
 * series of a number ({@code 12/GP-STTTT}, {@code 45/QĐ-UBND}). Plain Java, unit-tested.
 */
public final class AgencySymbols {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Small words left out ("Sở Thông tin và Truyền thông" → STTTT). */
    private static final Set<String> SKIPPED = Set.of("và", "của");

    private AgencySymbols() {}

    /**
     * The entered short name if it is a symbol (one word: {@code SGTVT}, {@code SGTVT-TH}), else the derived one. A
     * short name with spaces ({@code Sở TTTT}, {@code UBND xã Bình Minh}) is how screens abbreviate the agency, not
     * what a document number carries.
     */
    public static String of(String name, String shortName) {
        String entered = shortName == null ? "" : shortName.strip();
        return entered.isEmpty() || entered.chars().anyMatch(Character::isWhitespace) ? derive(name) : entered;
    }

    /**
     * {@code UBND} for a People's Committee; otherwise the initials of the name without the small words, capitals,
     * accents dropped but Đ kept ("Sở Lao động - Thương binh và Xã hội" → {@code SLĐTBXH}).
     *
     * @throws IllegalArgumentException for a name without letters
     */
    public static String derive(String name) {
        String text = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (peoplesCommittee(text)) {
            return "UBND";
        }
        var symbol = new StringBuilder();
        for (String word : text.split("[\\s\\-–,.()]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(VI))) {
                symbol.append(plainCapital(word.charAt(0)));
            }
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("An agency name without letters: " + name);
        }
        return symbol.toString();
    }

    static boolean peoplesCommittee(String name) {
        String lower = name.toLowerCase(VI);
        return lower.startsWith("ủy ban nhân dân") || lower.startsWith("uỷ ban nhân dân") || lower.startsWith("ubnd");
    }

    private static char plainCapital(char letter) {
        if (letter == 'đ' || letter == 'Đ') {
            return 'Đ';
        }
        return Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .charAt(0);
    }
}
