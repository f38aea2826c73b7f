package vn.motcua.plugins.vehicle.badge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.Plates;
import vn.motcua.plugins.vehicle.badge.control.VehicleType;
import vn.motcua.spi.registry.FoldedText;

/**
 * A transport badge the department issued: one row of the badge registry, written when the leader approves. The
 * plate is stored normalised ({@code 30A12345}) so that any way of typing it finds the badge.
 */
@Entity(name = "VehicleRegistrationIssuedBadge")
@Table(name = "vehicle_registration_badge")
public class IssuedBadge implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "vehicle_registration_badge_seq",
            sequenceName = "vehicle_registration_badge_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_registration_badge_seq")
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

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

    @Column(name = "holder_name", nullable = false, length = 255)
    private String holderName;

    @Column(name = "holder_id_number", length = 20)
    private String holderIdNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    /** Holder name and ID number folded for accent-insensitive search ({@code FoldedText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

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
        this.agencyId = agencyId;
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.badgeNumber = badgeNumber;
        this.plate = application.getPlate();
        this.badgeKind = application.getBadgeKind();
        this.vehicleType = application.getVehicleType();
        this.seats = application.getSeats();
        this.tonnage = application.getTonnage();
        this.businessLicenceNumber = application.getBusinessLicenceNumber();
        this.holderName = holderName;
        this.holderIdNumber = holderIdNumber;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    /** Writes the folded search column from the holder's name and ID number (also run on rows that predate it). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = FoldedText.of(300, holderName, holderIdNumber);
    }

    public Long getId() {
        return id;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getDossierCode() {
        return dossierCode;
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

    public String getHolderName() {
        return holderName;
    }

    public String getHolderIdNumber() {
        return holderIdNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
