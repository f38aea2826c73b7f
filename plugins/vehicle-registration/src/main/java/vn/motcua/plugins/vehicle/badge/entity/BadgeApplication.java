package vn.motcua.plugins.vehicle.badge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.Plates;
import vn.motcua.plugins.vehicle.badge.control.VehicleType;

/**
 * What a transport business asks a badge for (procedure 1.002861): the vehicle (plate, type, capacity, year of
 * manufacture), its transport business licence, the kind of badge and how long it should last. The plate is kept
 * normalised ({@code 30A12345}); the form edits it through {@link #getPlateText()} in its printed form.
 */
@Entity(name = "VehicleRegistrationBadgeApplication")
@Table(name = "vehicle_registration_badge_application")
public class BadgeApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @NotBlank(message = "{vehicle-registration.badge.plate.required}")
    @Pattern(regexp = Plates.NORMALISED, message = "{vehicle-registration.badge.plate.pattern}")
    @Column(name = "plate", nullable = false, length = 12)
    private String plate;

    @NotNull(message = "{vehicle-registration.badge.vehicleType.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type", nullable = false, length = 20)
    private VehicleType vehicleType;

    @Min(value = 1, message = "{vehicle-registration.badge.seats.range}")
    @Max(value = 80, message = "{vehicle-registration.badge.seats.range}")
    @Column(name = "seats")
    private Integer seats;

    @DecimalMin(value = "0.1", message = "{vehicle-registration.badge.tonnage.range}")
    @DecimalMax(value = "100", message = "{vehicle-registration.badge.tonnage.range}")
    @Column(name = "tonnage", precision = 6, scale = 2)
    private BigDecimal tonnage;

    @NotNull(message = "{vehicle-registration.badge.manufactureYear.required}")
    @Min(value = 1950, message = "{vehicle-registration.badge.manufactureYear.range}")
    @Max(value = 2100, message = "{vehicle-registration.badge.manufactureYear.range}")
    @Column(name = "manufacture_year", nullable = false)
    private Integer manufactureYear;

    @NotBlank(message = "{vehicle-registration.badge.businessLicence.required}")
    @Pattern(regexp = "[0-9A-Za-z./-]{3,30}", message = "{vehicle-registration.badge.businessLicence.pattern}")
    @Column(name = "business_licence_number", nullable = false, length = 30)
    private String businessLicenceNumber;

    @NotNull(message = "{vehicle-registration.badge.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "badge_kind", nullable = false, length = 20)
    private BadgeKind badgeKind;

    @NotNull(message = "{vehicle-registration.badge.validity.required}")
    @Min(value = 1, message = "{vehicle-registration.badge.validity.range}")
    @Max(value = 7, message = "{vehicle-registration.badge.validity.range}")
    @Column(name = "validity_years", nullable = false)
    private Integer validityYears;

    public BadgeApplication() {}

    public void attachTo(long dossierId) {
        this.dossierId = dossierId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    /** The normalised plate, e.g. {@code 30A12345}. */
    public String getPlate() {
        return plate;
    }

    /** The plate as printed ({@code 30A-123.45}), or as typed while it is not a plate. */
    public String getPlateText() {
        return Plates.display(plate);
    }

    public void setPlateText(String typed) {
        this.plate = typed == null || typed.isBlank()
                ? null
                : Plates.normalise(typed).orElse(typed.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public VehicleType getVehicleType() {
        return vehicleType;
    }

    public void setVehicleType(VehicleType vehicleType) {
        this.vehicleType = vehicleType;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public BigDecimal getTonnage() {
        return tonnage;
    }

    public void setTonnage(BigDecimal tonnage) {
        this.tonnage = tonnage;
    }

    public Integer getManufactureYear() {
        return manufactureYear;
    }

    public void setManufactureYear(Integer manufactureYear) {
        this.manufactureYear = manufactureYear;
    }

    public String getBusinessLicenceNumber() {
        return businessLicenceNumber;
    }

    public void setBusinessLicenceNumber(String businessLicenceNumber) {
        this.businessLicenceNumber = businessLicenceNumber == null ? null : businessLicenceNumber.trim();
    }

    public BadgeKind getBadgeKind() {
        return badgeKind;
    }

    public void setBadgeKind(BadgeKind badgeKind) {
        this.badgeKind = badgeKind;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public void setValidityYears(Integer validityYears) {
        this.validityYears = validityYears;
    }
}
