package vn.motcua.plugins.socialwelfare.decision.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What a deciding agency's name says about its decisions: the symbol after "QĐ-" ({@code UBND} for a People's
 * Committee, the initials of a department otherwise: {@code Sở Lao động - Thương binh và Xã hội} → {@code SLĐTBXH})
 * and the signatory's title (Chủ tịch, Giám đốc).
 */
public final class Issuers {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Set<String> SKIPPED = Set.of("và", "của");

    private Issuers() {}

    public static boolean peoplesCommittee(String agencyName) {
        String n = agencyName == null ? "" : agencyName.strip().toLowerCase(VI);
        return n.startsWith("ủy ban nhân dân") || n.startsWith("uỷ ban nhân dân") || n.startsWith("ubnd");
    }

    public static String symbol(String agencyName) {
        if (agencyName == null || agencyName.isBlank()) {
            return "UBND";
        }
        if (peoplesCommittee(agencyName)) {
            return "UBND";
        }
        var initials = new StringBuilder();
        for (String word : Normalizer.normalize(agencyName, Normalizer.Form.NFC).split("[\\s\\-–,]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(VI))) {
                initials.append(word.substring(0, 1).toUpperCase(VI));
            }
        }
        return initials.toString();
    }

    /** The title above the signature: {@code CHỦ TỊCH} of a People's Committee, {@code GIÁM ĐỐC} of a department. */
    public static String signerTitle(String agencyName) {
        if (peoplesCommittee(agencyName)) {
            return "CHỦ TỊCH";
        }
        String n = agencyName == null ? "" : agencyName.strip().toLowerCase(VI);
        return n.startsWith("sở ") ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN";
    }

    /** A file name without diacritics: {@code quyet-dinh-45-QD-UBND.pdf}. */
    public static String fileName(String prefix, String number) {
        String plain = Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-");
        return prefix + "-" + plain + ".pdf";
    }
}
