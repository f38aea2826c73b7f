package vn.motcua.plugins.vehicle.licence.control;

import static vn.motcua.plugins.vehicle.licence.control.HealthCertificates.DAY;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.licence.entity.ReissueReason;
import vn.motcua.spi.DomainException;

/**
 * The rules a licence exchange or re-issue must pass at the counter, beyond each field's own validation, in the
 * order an officer would check the paper: the class means something on the day of issue, the driver was old enough
 * for it then, the expiry matches the class, the health certificate is recent, the procedure fits the licence
 * (an expired licence is re-issued, not exchanged) and the class asked for is one the law converts into. Each
 * refusal is a {@link DomainException} whose message says what to correct. Pure: the day of receipt is a parameter.
 */
public final class LicenceRules {

    private static final String KEY = "vehicle-registration.licence.";

    /** What a checked application becomes: the class held, the 2024 class issued and the condition printed on it. */
    public record Conversion(HeldClass held, LicenceClass target, String restriction) {}

    private LicenceRules() {}

    public static Conversion check(LicenceApplication a, String procedureCode, LocalDate receivedOn) {
        if (a.getIssuedOn() == null
                || a.getHolderBirthDate() == null
                || a.getHealthCertificateOn() == null
                || a.getLicenceClass() == null) {
            throw new DomainException(KEY + "incomplete");
        }
        if (!a.getHolderBirthDate().isBefore(a.getIssuedOn())) {
            throw new DomainException(KEY + "birthAfterIssue");
        }
        if (a.getIssuedOn().isAfter(receivedOn)) {
            throw new DomainException(KEY + "issuedAfterReceipt", day(a.getIssuedOn()), day(receivedOn));
        }
        HeldClass held = held(a);
        int ageAtIssue = age(a.getHolderBirthDate(), a.getIssuedOn());
        if (ageAtIssue < held.minimumAge()) {
            throw new DomainException(
                    KEY + "tooYoungAtIssue",
                    held.code(),
                    day(a.getHolderBirthDate()),
                    day(a.getIssuedOn()),
                    String.valueOf(held.minimumAge()));
        }
        checkExpiry(a, held);
        HealthCertificates.requireValidAtReceipt(a.getHealthCertificateOn(), receivedOn);
        checkProcedure(a, procedureCode, receivedOn);
        Conversion conversion = conversion(a, held);
        int ageNow = age(a.getHolderBirthDate(), receivedOn);
        if (ageNow < conversion.target().minimumAge()) {
            throw new DomainException(
                    KEY + "target.tooYoung",
                    conversion.target().code(),
                    String.valueOf(conversion.target().minimumAge()));
        }
        return conversion;
    }

    /** The conversion of an application that passed {@link #check}, e.g. when the result is issued. */
    public static Conversion conversion(LicenceApplication a) {
        return conversion(a, held(a));
    }

    /** The class on the licence read with the law of its issue date, or the reason it cannot be read so. */
    static HeldClass held(LicenceApplication a) {
        String code = a.getLicenceClass();
        Optional<HeldClass> held = HeldClass.of(code, a.getIssuedOn());
        if (held.isPresent()) {
            return held.get();
        }
        if (HeldClass.legacyOnly(code)) {
            throw new DomainException(KEY + "class.legacyOnly", code, day(a.getIssuedOn()));
        }
        if (HeldClass.newOnly(code)) {
            throw new DomainException(KEY + "class.newOnly", code, day(a.getIssuedOn()));
        }
        throw new DomainException(KEY + "class.unknown", String.valueOf(code));
    }

    static void checkExpiry(LicenceApplication a, HeldClass held) {
        Optional<LocalDate> latest = held.latestExpiry(a.getIssuedOn(), a.getHolderBirthDate());
        LocalDate expiry = a.getExpiresOn();
        if (latest.isEmpty()) {
            if (expiry != null) {
                throw new DomainException(KEY + "expiry.unlimited", held.code());
            }
            return;
        }
        if (expiry == null) {
            throw new DomainException(KEY + "expiry.required", held.code());
        }
        if (!expiry.isAfter(a.getIssuedOn())) {
            throw new DomainException(KEY + "expiry.beforeIssue", day(a.getIssuedOn()), day(expiry));
        }
        if (expiry.isAfter(latest.get())) {
            throw new DomainException(
                    KEY + "expiry.tooLate", held.code(), day(expiry), day(a.getIssuedOn()), day(latest.get()));
        }
    }

    static void checkProcedure(LicenceApplication a, String procedureCode, LocalDate receivedOn) {
        boolean expired = a.getExpiresOn() != null && a.getExpiresOn().isBefore(receivedOn);
        if (VehicleRegistrationPlugin.EXCHANGE.equals(procedureCode) && expired) {
            throw new DomainException(KEY + "exchange.expired", day(a.getExpiresOn()));
        }
        if (VehicleRegistrationPlugin.REISSUE.equals(procedureCode)) {
            if (a.getReissueReason() == null) {
                throw new DomainException(KEY + "reissue.reasonRequired");
            }
            if (a.getReissueReason() == ReissueReason.EXPIRED && !expired) {
                throw new DomainException(
                        KEY + "reissue.notExpired",
                        a.getExpiresOn() == null ? "—" : day(a.getExpiresOn()),
                        a.getLicenceClass());
            }
        }
    }

    static Conversion conversion(LicenceApplication a, HeldClass held) {
        List<LicenceClass> targets = held.targets();
        if (targets.isEmpty()) {
            throw new DomainException(KEY + "target.none", held.code());
        }
        String requested = a.getRequestedClass();
        LicenceClass target;
        if (requested == null) {
            if (targets.size() > 1) {
                throw new DomainException(KEY + "target.choose", held.code(), codes(targets));
            }
            target = targets.get(0);
        } else {
            target = LicenceClass.ofCode(requested)
                    .filter(targets::contains)
                    .orElseThrow(() ->
                            new DomainException(KEY + "target.notAllowed", held.code(), codes(targets), requested));
        }
        return new Conversion(held, target, held.restriction());
    }

    static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    private static String codes(List<LicenceClass> classes) {
        return classes.stream().map(LicenceClass::code).collect(Collectors.joining(", "));
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
