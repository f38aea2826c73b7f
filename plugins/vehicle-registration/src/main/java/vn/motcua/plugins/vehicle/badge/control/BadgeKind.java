package vn.motcua.plugins.vehicle.badge.control;

import static vn.motcua.plugins.vehicle.badge.control.VehicleType.CAR;
import static vn.motcua.plugins.vehicle.badge.control.VehicleType.COACH;
import static vn.motcua.plugins.vehicle.badge.control.VehicleType.SPECIAL;
import static vn.motcua.plugins.vehicle.badge.control.VehicleType.TRACTOR_UNIT;

import java.util.Set;

/**
 * The kinds of badge (phù hiệu) a commercial vehicle carries (Decree 158/2024/NĐ-CP), each for the vehicle types
 * that may run that business: a taxi is a car of at most 8 seats, a fixed route or bus a passenger vehicle over 8
 * seats, a contract vehicle any passenger vehicle, and the cargo badges go to trucks and tractor units.
 */
public enum BadgeKind {
    FIXED_ROUTE("XE TUYẾN CỐ ĐỊNH", Set.of(COACH)),
    BUS("XE BUÝT", Set.of(COACH)),
    TAXI("XE TAXI", Set.of(CAR)),
    CONTRACT("XE HỢP ĐỒNG", Set.of(CAR, COACH)),
    TRUCK("XE TẢI", Set.of(VehicleType.TRUCK, SPECIAL)),
    CONTAINER("XE CÔNG-TEN-NƠ", Set.of(TRACTOR_UNIT)),
    TRACTOR("XE ĐẦU KÉO", Set.of(TRACTOR_UNIT));

    private final String printed;
    private final Set<VehicleType> vehicleTypes;

    BadgeKind(String printed, Set<VehicleType> vehicleTypes) {
        this.printed = printed;
        this.vehicleTypes = vehicleTypes;
    }

    /** The words printed on the badge after "PHÙ HIỆU", e.g. {@code XE TAXI}. */
    public String printed() {
        return printed;
    }

    public boolean allows(VehicleType type) {
        return vehicleTypes.contains(type);
    }

    public Set<VehicleType> vehicleTypes() {
        return vehicleTypes;
    }
}
