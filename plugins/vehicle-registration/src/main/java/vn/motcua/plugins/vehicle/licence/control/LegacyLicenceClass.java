package vn.motcua.plugins.vehicle.licence.control;

import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.B;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.BE;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.C1;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.C1E;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.CE;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.D2;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.D2E;
import static vn.motcua.plugins.vehicle.licence.control.LicenceClass.DE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Classes of licences issued before 1 January 2025 under the Road Traffic Law 2008 (art. 59, 60; Circular
 * 12/2017/TT-BGTVT art. 16, 17). They stay valid until their expiry; exchanged or re-issued they become the 2024
 * classes of Law 36/2024 art. 89(3): A1 → A (under 175 cm³ / 14 kW), A2 → A, A3 → B1, B1 automatic → B (automatic
 * only), B1 and B2 → B or C1, C → C, D → D2, E → D, FB2 → BE or C1E, FC → CE, FD → D2E, FE → DE. A4 becomes a
 * specialised-machine certificate, not a driving licence, so it has no target here.
 */
public enum LegacyLicenceClass implements HeldClass {
    A1(
            "A1",
            18,
            0,
            List.of(LicenceClass.A),
            "Chỉ điều khiển xe mô tô hai bánh dung tích xi-lanh dưới 175 cm3"
                    + " hoặc công suất động cơ điện dưới 14 kW"),
    A2("A2", 18, 0, List.of(LicenceClass.A), null),
    A3("A3", 18, 0, List.of(LicenceClass.B1), null),
    A4("A4", 18, 10, List.of(), null),
    /** B1 "số tự động": cars with automatic transmission only. */
    B1_AUTOMATIC("B1TD", 18, -1, List.of(B), "Chỉ điều khiển xe ô tô số tự động"),
    B1("B1", 18, -1, List.of(B, C1), null),
    B2("B2", 18, 10, List.of(B, C1), null),
    C("C", 21, 5, List.of(LicenceClass.C), null),
    D("D", 24, 5, List.of(D2), null),
    E("E", 27, 5, List.of(LicenceClass.D), null),
    FB2("FB2", 21, 5, List.of(BE, C1E), null),
    FC("FC", 24, 5, List.of(CE), null),
    FD("FD", 27, 5, List.of(D2E), null),
    FE("FE", 27, 5, List.of(DE), null);

    /** Age until which a 2008 B1 licence was issued (60 for men, 55 for women; the gender is not asked). */
    static final int B1_UNTIL_AGE = 60;

    private final String code;
    private final int minimumAge;
    /** Years of validity; 0 without time limit; -1 for B1, valid until an age or ten years. */
    private final int validityYears;

    private final List<LicenceClass> targets;
    private final String restriction;

    LegacyLicenceClass(String code, int minimumAge, int validityYears, List<LicenceClass> targets, String restriction) {
        this.code = code;
        this.minimumAge = minimumAge;
        this.validityYears = validityYears;
        this.targets = targets;
        this.restriction = restriction;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int minimumAge() {
        return minimumAge;
    }

    /**
     * A1-A3 had no time limit; A4 and B2 ten years; C, D, E and F* five years; B1 lasted until the driver was 55
     * (women) or 60 (men), or ten years when issued after 45/50. Without the gender, a B1 expiry up to the later of
     * the 60th birthday and ten years after issue is consistent.
     */
    @Override
    public Optional<LocalDate> latestExpiry(LocalDate issuedOn, LocalDate birthDate) {
        if (validityYears == 0) {
            return Optional.empty();
        }
        if (validityYears < 0) {
            LocalDate tenYears = issuedOn.plusYears(10);
            LocalDate byAge = birthDate == null ? tenYears : birthDate.plusYears(B1_UNTIL_AGE);
            return Optional.of(byAge.isAfter(tenYears) ? byAge : tenYears);
        }
        return Optional.of(issuedOn.plusYears(validityYears));
    }

    @Override
    public List<LicenceClass> targets() {
        return targets;
    }

    @Override
    public String restriction() {
        return restriction;
    }
}
