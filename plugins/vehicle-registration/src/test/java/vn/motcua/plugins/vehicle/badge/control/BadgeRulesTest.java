package vn.motcua.plugins.vehicle.badge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.plugins.vehicle.badge.entity.BadgeApplication;
import vn.motcua.spi.DomainException;

class BadgeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static BadgeApplication taxi() {
        var a = new BadgeApplication();
        a.setPlateText("30A-123.45");
        a.setVehicleType(VehicleType.CAR);
        a.setSeats(4);
        a.setManufactureYear(2022);
        a.setBusinessLicenceNumber("99/GPKDVT-2024");
        a.setBadgeKind(BadgeKind.TAXI);
        a.setValidityYears(7);
        return a;
    }

    static BadgeApplication truck() {
        var a = new BadgeApplication();
        a.setPlateText("99C 012.34");
        a.setVehicleType(VehicleType.TRUCK);
        a.setTonnage(new BigDecimal("5.5"));
        a.setManufactureYear(2010);
        a.setBusinessLicenceNumber("99-000123");
        a.setBadgeKind(BadgeKind.TRUCK);
        a.setValidityYears(7);
        return a;
    }

    static void refused(BadgeApplication a, String key) {
        assertThatThrownBy(() -> BadgeRules.check(a, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.badge." + key));
    }

    @Test
    void aTaxiAndATruckWithTheirOwnCapacityPass() {
        assertThatNoException().isThrownBy(() -> BadgeRules.check(taxi(), TODAY));
        assertThatNoException().isThrownBy(() -> BadgeRules.check(truck(), TODAY));
    }

    @Test
    void thePlateIsKeptNormalisedAndShownPrinted() {
        var a = truck();
        assertThat(a.getPlate()).isEqualTo("99C01234");
        assertThat(a.getPlateText()).isEqualTo("99C-012.34");
        a.setPlateText("not a plate");
        assertThat(a.getPlate()).isEqualTo("NOT A PLATE"); // left for Bean Validation to refuse
    }

    @Test
    void aTaxiBadgeIsForCarsOfUpToEightSeats() {
        var a = taxi();
        a.setVehicleType(VehicleType.COACH);
        a.setSeats(29);
        refused(a, "kindNotForType.TAXI");
    }

    @ParameterizedTest
    @EnumSource(
            value = BadgeKind.class,
            names = {"TRUCK", "CONTAINER", "TRACTOR"})
    void cargoBadgesAreNotForPassengerCars(BadgeKind kind) {
        var a = taxi();
        a.setBadgeKind(kind);
        refused(a, "kindNotForType." + kind.name());
    }

    @Test
    void passengerVehiclesCountSeatsWithinTheirTypeAndCargoVehiclesTonnes() {
        var car = taxi();
        car.setSeats(9);
        refused(car, "seats.notForType");
        car.setSeats(null);
        refused(car, "seats.required");
        car.setSeats(4);
        car.setTonnage(BigDecimal.ONE);
        refused(car, "tonnage.notForPassenger");

        var lorry = truck();
        lorry.setSeats(2);
        refused(lorry, "seats.notForCargo");
        lorry.setSeats(null);
        lorry.setTonnage(null);
        refused(lorry, "tonnage.required");
    }

    @Test
    void aVehiclePastItsServiceLifeGetsNoBadge() {
        var lorry = truck();
        lorry.setManufactureYear(2000); // 25 years: until 31/12/2025
        refused(lorry, "serviceLifeOver");
        lorry.setManufactureYear(2001); // until 31/12/2026
        assertThatNoException().isThrownBy(() -> BadgeRules.check(lorry, TODAY));
    }

    @Test
    void aVehicleFromTheFutureIsAMistake() {
        var a = taxi();
        a.setManufactureYear(2027);
        refused(a, "manufactureYear.future");
    }

    @Test
    void theBadgeLastsTheYearsAskedButNotBeyondTheServiceLife() {
        assertThat(BadgeRules.expiry(taxi(), TODAY)).isEqualTo(LocalDate.of(2033, 3, 1)); // cars: no service life
        var lorry = truck(); // made 2010: service life until 31/12/2035
        assertThat(BadgeRules.expiry(lorry, TODAY)).isEqualTo(LocalDate.of(2033, 3, 1));
        lorry.setManufactureYear(2003); // until 31/12/2028
        assertThat(BadgeRules.expiry(lorry, TODAY)).isEqualTo(LocalDate.of(2028, 12, 31));
        lorry.setValidityYears(1);
        assertThat(BadgeRules.expiry(lorry, TODAY)).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
