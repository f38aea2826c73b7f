package vn.motcua.plugins.vehicle.badge.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.plugins.vehicle.badge.entity.BadgeApplication;
import vn.motcua.spi.DomainException;

/**
 * The rules a badge application must pass beyond each field's validation: the badge kind suits the vehicle type, the
 * capacity is given in the unit of the type (seats or tonnes, not both) and within its range, and the vehicle is
 * not past its service life. The badge then lasts the years asked (at most 7) but never beyond the end of the
 * vehicle's service life. Pure: the day is a parameter.
 */
public final class BadgeRules {

    private static final String KEY = "vehicle-registration.badge.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BadgeRules() {}

    public static void check(BadgeApplication a, LocalDate receivedOn) {
        VehicleType type = a.getVehicleType();
        BadgeKind kind = a.getBadgeKind();
        if (type == null || kind == null || a.getManufactureYear() == null || a.getValidityYears() == null) {
            throw new DomainException(KEY + "incomplete");
        }
        if (!kind.allows(type)) {
            throw new DomainException(KEY + "kindNotForType." + kind.name(), type.label());
        }
        if (type.passenger()) {
            if (a.getSeats() == null) {
                throw new DomainException(KEY + "seats.required");
            }
            if (a.getTonnage() != null) {
                throw new DomainException(KEY + "tonnage.notForPassenger");
            }
            if (a.getSeats() < type.minSeats() || a.getSeats() > type.maxSeats()) {
                throw new DomainException(
                        KEY + "seats.notForType",
                        type.label(),
                        String.valueOf(type.minSeats()),
                        String.valueOf(type.maxSeats()));
            }
        } else {
            if (a.getTonnage() == null) {
                throw new DomainException(KEY + "tonnage.required");
            }
            if (a.getSeats() != null) {
                throw new DomainException(KEY + "seats.notForCargo");
            }
        }
        if (a.getManufactureYear() > receivedOn.getYear()) {
            throw new DomainException(KEY + "manufactureYear.future", String.valueOf(a.getManufactureYear()));
        }
        LocalDate lifeEnds = serviceLifeEnds(a);
        if (lifeEnds != null && lifeEnds.isBefore(receivedOn)) {
            throw new DomainException(
                    KEY + "serviceLifeOver",
                    String.valueOf(a.getManufactureYear()),
                    String.valueOf(type.serviceLifeYears()),
                    DAY.format(lifeEnds));
        }
    }

    /** The last day the badge is valid when issued on {@code issuedOn}: the years asked, cut at the service life. */
    public static LocalDate expiry(BadgeApplication a, LocalDate issuedOn) {
        LocalDate asked = issuedOn.plusYears(a.getValidityYears()).minusDays(1);
        LocalDate lifeEnds = serviceLifeEnds(a);
        return lifeEnds != null && lifeEnds.isBefore(asked) ? lifeEnds : asked;
    }

    /** 31 December of the last year of service life, or {@code null} for a type without one. */
    static LocalDate serviceLifeEnds(BadgeApplication a) {
        int years = a.getVehicleType().serviceLifeYears();
        return years == 0 ? null : LocalDate.of(a.getManufactureYear() + years, 12, 31);
    }
}
