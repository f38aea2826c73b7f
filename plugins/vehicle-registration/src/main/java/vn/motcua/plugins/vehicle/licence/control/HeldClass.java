package vn.motcua.plugins.vehicle.licence.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The class of a licence someone holds, read with the law it was issued under. The same letters mean different
 * vehicles before and after 1 January 2025 (a 2008 "B1" is a car, a 2024 "B1" a three-wheeled motorcycle), so a class
 * code alone says nothing: the issue date chooses the table.
 */
public sealed interface HeldClass permits LicenceClass, LegacyLicenceClass {

    /** The day the Road Traffic Order and Safety Law 2024 (36/2024/QH15) took effect with its 15 classes. */
    LocalDate NEW_CLASSES_FROM = LocalDate.of(2025, 1, 1);

    /** The code as printed on the licence, e.g. {@code B2}; {@code B1TD} for the 2008 automatic-only B1. */
    String code();

    /** The youngest age at which the class could be issued. */
    int minimumAge();

    /**
     * The latest expiry the class allows for a licence issued on {@code issuedOn} to someone born on
     * {@code birthDate}; empty for a class without time limit.
     */
    Optional<LocalDate> latestExpiry(LocalDate issuedOn, LocalDate birthDate);

    /** The 2024 classes a licence of this class is exchanged or re-issued into (Law 36/2024, art. 89). */
    List<LicenceClass> targets();

    /** The condition printed on the new licence when converting from this class, or {@code null}. */
    String restriction();

    /** The class a code means on a licence issued on that day, if the law of that day has it. */
    static Optional<HeldClass> of(String code, LocalDate issuedOn) {
        if (code == null || issuedOn == null) {
            return Optional.empty();
        }
        HeldClass[] table = issuedOn.isBefore(NEW_CLASSES_FROM) ? LegacyLicenceClass.values() : LicenceClass.values();
        return Arrays.stream(table).filter(c -> c.code().equals(code)).findFirst();
    }

    /** Whether a code exists only under the 2008 law (A2, B2, E, FC...). */
    static boolean legacyOnly(String code) {
        return Arrays.stream(LicenceClass.values()).noneMatch(c -> c.code().equals(code))
                && Arrays.stream(LegacyLicenceClass.values())
                        .anyMatch(c -> c.code().equals(code));
    }

    /** Whether a code exists only under the 2024 law (A, B, C1, D1, BE...). */
    static boolean newOnly(String code) {
        return Arrays.stream(LegacyLicenceClass.values())
                        .noneMatch(c -> c.code().equals(code))
                && Arrays.stream(LicenceClass.values()).anyMatch(c -> c.code().equals(code));
    }

    /** Every code an officer may copy from a licence: the 2024 classes first, then those only the 2008 law has. */
    static List<String> allCodes() {
        var codes = new java.util.ArrayList<String>();
        Arrays.stream(LicenceClass.values()).map(LicenceClass::code).forEach(codes::add);
        Arrays.stream(LegacyLicenceClass.values())
                .map(LegacyLicenceClass::code)
                .filter(c -> !codes.contains(c))
                .forEach(codes::add);
        return List.copyOf(codes);
    }
}
