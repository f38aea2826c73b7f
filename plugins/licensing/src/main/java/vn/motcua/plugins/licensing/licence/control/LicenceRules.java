package vn.motcua.plugins.licensing.licence.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.spi.DomainException;

/**
 * What must hold before a licence is amended or revoked, checked at the counter (the handler's {@code check}), again
 * when the dossier leaves a step, and a last time under a row lock at approval (another dossier may have amended or
 * revoked it meanwhile). Plain Java: the caller finds the licence.
 */
public final class LicenceRules {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LicenceRules() {}

    /**
     * An amendment needs a bulletin licence of the deciding agency, valid today, held by the applicant.
     *
     * @param licence the licence found from the number and year typed, or {@code null}
     */
    public static void requireAmendable(
            Licence licence, String typedNumber, Integer typedYear, String applicantIdNumber, LocalDate today) {
        requireValidBulletin(licence, typedNumber, typedYear, today);
        if (!sameHolder(licence.getHolderIdNumber(), applicantIdNumber)) {
            throw new DomainException("licensing.licence.otherHolder", licence.getNumber(), licence.getHolderName());
        }
    }

    /**
     * A revocation needs a bulletin licence of the deciding agency, valid today. The applicant need not be the
     * holder: a revocation is usually proposed by an inspection, and the leader decides.
     */
    public static void requireRevocable(Licence licence, String typedNumber, Integer typedYear, LocalDate today) {
        requireValidBulletin(licence, typedNumber, typedYear, today);
    }

    private static void requireValidBulletin(Licence licence, String typedNumber, Integer typedYear, LocalDate today) {
        if (licence == null) {
            throw new DomainException(
                    "licensing.licence.notFound", typedNumber == null ? "" : typedNumber.trim(), yearText(typedYear));
        }
        if (licence.getKind() != LicenceKind.BULLETIN) {
            throw new DomainException("licensing.licence.notBulletin", licence.getNumber());
        }
        switch (licence.statusOn(today)) {
            case VALID -> {}
            case AMENDED -> throw new DomainException(
                    "licensing.licence.amended", licence.getNumber(), date(licence.getStatusChangedOn()));
            case REVOKED -> throw new DomainException(
                    "licensing.licence.revoked", licence.getNumber(), date(licence.getStatusChangedOn()));
            case EXPIRED -> throw new DomainException(
                    "licensing.licence.expired", licence.getNumber(), date(licence.getExpiresOn()));
        }
    }

    /** Two ID numbers or tax codes name the same holder when they match ignoring spaces, dots, dashes and case. */
    public static boolean sameHolder(String a, String b) {
        String left = idKey(a);
        return !left.isEmpty() && left.equals(idKey(b));
    }

    /**
     * A licence number as typed at the counter, tidied for the lookup: trimmed, inner spaces removed, upper case
     * ({@code " 12 / gp-stttt"} → {@code 12/GP-STTTT}). A number typed alone ({@code 12}) stays a number.
     */
    public static String tidyNumber(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The running number when only digits were typed ({@code "12"} → 12), or {@code null}. */
    public static Integer sequenceOnly(String typed) {
        String tidy = tidyNumber(typed);
        return tidy.matches("[0-9]{1,6}") ? Integer.valueOf(tidy) : null;
    }

    private static String idKey(String id) {
        return id == null ? "" : id.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private static String yearText(Integer year) {
        return year == null ? "" : String.valueOf(year);
    }
}
