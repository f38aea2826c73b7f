package vn.motcua.plugins.vehicle.numbering.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.spi.DomainException;

/**
 * How the plugin writes its numbers.
 *
 * <ul>
 *   <li>Driving licence: 12 digits like the national ones, {@code PP YY NNNNNNNN}: the province's two-digit code,
 *       the year of issue and the agency's sequence of that year ({@code 992600000001}).
 *   <li>Badge: {@code NNNNNN/YYYY/PH}, the agency's sequence of the year ({@code 000001/2026/PH}).
 * </ul>
 *
 * The province code is read from the dossier code, whose agency part ends in {@code H<province>} under the national
 * agency coding (e.g. {@code 000.00.14.H99-261201-0001} → {@code 99}); {@code 00} if it has none.
 */
public final class DocumentNumbers {

    public static final int MAX_LICENCE_SEQUENCE = 99_999_999;
    public static final int MAX_BADGE_SEQUENCE = 999_999;

    private static final Pattern PROVINCE = Pattern.compile("\\.H(\\d{2})-");

    private DocumentNumbers() {}

    public static String licence(String province, int year, int sequence) {
        if (sequence < 1 || sequence > MAX_LICENCE_SEQUENCE) {
            throw new DomainException("vehicle-registration.numbering.exhausted", String.valueOf(year));
        }
        return province + String.format("%02d%08d", year % 100, sequence);
    }

    public static String badge(int year, int sequence) {
        if (sequence < 1 || sequence > MAX_BADGE_SEQUENCE) {
            throw new DomainException("vehicle-registration.numbering.exhausted", String.valueOf(year));
        }
        return String.format("%06d/%d/PH", sequence, year);
    }

    /** The two-digit province code in a dossier code, or {@code 00}. */
    public static String province(String dossierCode) {
        Matcher m = dossierCode == null ? null : PROVINCE.matcher(dossierCode);
        return m != null && m.find() ? m.group(1) : "00";
    }
}
