package vn.motcua.plugins.vehicle.badge.control;

/**
 * What the vehicle is, as on its registration certificate, and what its capacity is measured in: seats (not counting
 * the driver) for passenger vehicles, tonnes of cargo for the others. Service life (niên hạn sử dụng): 20 years for
 * passenger vehicles over 8 seats, 25 for trucks, tractor units and special vehicles; none for cars up to 8 seats.
 */
public enum VehicleType {
    /** Ô tô chở người đến 8 chỗ (không kể người lái). */
    CAR("Ô tô chở người đến 8 chỗ", true, 1, 8, 0),
    /** Ô tô chở người trên 8 chỗ (xe khách). */
    COACH("Ô tô chở người trên 8 chỗ", true, 9, 80, 20),
    /** Ô tô tải. */
    TRUCK("Ô tô tải", false, 0, 0, 25),
    /** Ô tô đầu kéo. */
    TRACTOR_UNIT("Ô tô đầu kéo", false, 0, 0, 25),
    /** Ô tô chuyên dùng. */
    SPECIAL("Ô tô chuyên dùng", false, 0, 0, 25);

    private final String label;
    private final boolean passenger;
    private final int minSeats;
    private final int maxSeats;
    private final int serviceLifeYears;

    VehicleType(String label, boolean passenger, int minSeats, int maxSeats, int serviceLifeYears) {
        this.label = label;
        this.passenger = passenger;
        this.minSeats = minSeats;
        this.maxSeats = maxSeats;
        this.serviceLifeYears = serviceLifeYears;
    }

    /** The official Vietnamese name, as printed on the badge. */
    public String label() {
        return label;
    }

    public boolean passenger() {
        return passenger;
    }

    public int minSeats() {
        return minSeats;
    }

    public int maxSeats() {
        return maxSeats;
    }

    /** Years a vehicle may be used after its year of manufacture; 0 for no limit. */
    public int serviceLifeYears() {
        return serviceLifeYears;
    }
}
