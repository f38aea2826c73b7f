package vn.motcua.plugins.vehicle.licence.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 15 driving licence classes of the Road Traffic Order and Safety Law 2024 (art. 57), with the minimum age of
 * art. 59 and the validity of art. 57(5): A1, A and B1 without time limit, B and C1 ten years, the others five years
 * from the day of issue. Every licence this plugin issues is of one of these classes.
 */
public enum LicenceClass implements HeldClass {
    A1(18, 0),
    A(18, 0),
    B1(18, 0),
    B(18, 10),
    C1(18, 10),
    C(21, 5),
    D1(24, 5),
    D2(24, 5),
    D(27, 5),
    BE(21, 5),
    C1E(24, 5),
    CE(24, 5),
    D1E(27, 5),
    D2E(27, 5),
    DE(27, 5);

    private final int minimumAge;
    private final int validityYears;

    LicenceClass(int minimumAge, int validityYears) {
        this.minimumAge = minimumAge;
        this.validityYears = validityYears;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public int minimumAge() {
        return minimumAge;
    }

    /** Years of validity from the day of issue; 0 for a class without time limit. */
    public int validityYears() {
        return validityYears;
    }

    /** The expiry of a licence of this class issued on a day; empty without time limit. */
    public Optional<LocalDate> expiry(LocalDate issuedOn) {
        return validityYears == 0 ? Optional.empty() : Optional.of(issuedOn.plusYears(validityYears));
    }

    @Override
    public Optional<LocalDate> latestExpiry(LocalDate issuedOn, LocalDate birthDate) {
        return expiry(issuedOn);
    }

    /** A 2024 licence is exchanged or re-issued in its own class. */
    @Override
    public List<LicenceClass> targets() {
        return List.of(this);
    }

    @Override
    public String restriction() {
        return null;
    }

    public static Optional<LicenceClass> ofCode(String code) {
        for (LicenceClass c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
