package vn.motcua.plugins.vehicle.badge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.Plates;
import vn.motcua.plugins.vehicle.badge.control.VehicleType;
import vn.motcua.plugins.vehicle.registry.entity.IssuedDocument;

/**
 * A transport badge the department issued: one row of the badge registry, written when the leader approves. The
 * plate is stored normalised ({@code 30A12345}) so that any way of typing it finds the badge.
 */
@Entity(name = "VehicleRegistrationIssuedBadge")
@Table(name = "vehicle_registration_badge")
public class IssuedBadge extends IssuedDocument {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "vehicle_registration_badge_seq",
            sequenceName = "vehicle_registration_badge_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_registration_badge_seq")
    private Long id;

    @Column(name = "badge_number", nullable = false, length = 20)
    private String badgeNumber;

    @Column(name = "plate", nullable = false, length = 12)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "badge_kind", nullable = false, length = 20)
    private BadgeKind badgeKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type", nullable = false, length = 20)
    private VehicleType vehicleType;

    @Column(name = "seats")
    private Integer seats;

    @Column(name = "tonnage", precision = 6, scale = 2)
    private BigDecimal tonnage;

    @Column(name = "business_licence_number", nullable = false, length = 30)
    private String businessLicenceNumber;

    protected IssuedBadge() {}

    public IssuedBadge(
            long agencyId,
            long dossierId,
            String dossierCode,
            String badgeNumber,
            BadgeApplication application,
            String holderName,
            String holderIdNumber,
            LocalDate issuedOn,
            LocalDate expiresOn) {
        super(agencyId, dossierId, dossierCode, holderName, holderIdNumber, issuedOn, expiresOn);
        this.badgeNumber = badgeNumber;
        this.plate = application.getPlate();
        this.badgeKind = application.getBadgeKind();
        this.vehicleType = application.getVehicleType();
        this.seats = application.getSeats();
        this.tonnage = application.getTonnage();
        this.businessLicenceNumber = application.getBusinessLicenceNumber();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getPlate() {
        return plate;
    }

    public String getPlateText() {
        return Plates.display(plate);
    }

    public BadgeKind getBadgeKind() {
        return badgeKind;
    }

    public VehicleType getVehicleType() {
        return vehicleType;
    }

    public Integer getSeats() {
        return seats;
    }

    public BigDecimal getTonnage() {
        return tonnage;
    }

    public String getBusinessLicenceNumber() {
        return businessLicenceNumber;
    }
}
