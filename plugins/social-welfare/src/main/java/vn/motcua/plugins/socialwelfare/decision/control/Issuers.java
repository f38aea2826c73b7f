package vn.motcua.plugins.socialwelfare.decision.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a deciding agency's name says about its decisions: the signatory's title (Chủ tịch, Giám đốc) and the file
 * name. The symbol after "QĐ-" is the agency's short name from the core ({@code AgencyNames}).
 */
public final class Issuers {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private Issuers() {}

    public static boolean peoplesCommittee(String agencyName) {
        String n = agencyName == null ? "" : agencyName.strip().toLowerCase(VI);
        return n.startsWith("ủy ban nhân dân") || n.startsWith("uỷ ban nhân dân") || n.startsWith("ubnd");
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
