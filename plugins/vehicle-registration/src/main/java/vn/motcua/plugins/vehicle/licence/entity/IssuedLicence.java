package vn.motcua.plugins.vehicle.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.spi.registry.FoldedText;

/**
 * A driving licence the department issued: one row of the licence registry, written when the leader approves the
 * dossier. Refers to the core's dossier and agency by id (foreign keys in SQL); the agency is the one that issued it,
 * and the registry shows a row only to officers with that agency in their scope.
 */
@Entity(name = "VehicleRegistrationIssuedLicence")
@Table(name = "vehicle_registration_licence")
public class IssuedLicence implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "vehicle_registration_licence_seq",
            sequenceName = "vehicle_registration_licence_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_registration_licence_seq")
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    @Column(name = "procedure_code", nullable = false, length = 20)
    private String procedureCode;

    @Column(name = "licence_number", nullable = false, length = 12)
    private String licenceNumber;

    @Column(name = "licence_class", nullable = false, length = 10)
    private String licenceClass;

    @Column(name = "restriction", length = 255)
    private String restriction;

    @Column(name = "previous_number", nullable = false, length = 12)
    private String previousNumber;

    @Column(name = "previous_class", nullable = false, length = 10)
    private String previousClass;

    @Column(name = "holder_name", nullable = false, length = 255)
    private String holderName;

    @Column(name = "holder_id_number", length = 20)
    private String holderIdNumber;

    @Column(name = "holder_birth_date", nullable = false)
    private LocalDate holderBirthDate;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** Holder name and ID number folded for accent-insensitive search ({@code FoldedText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    protected IssuedLicence() {}

    public IssuedLicence(
            long agencyId,
            long dossierId,
            String dossierCode,
            String procedureCode,
            String licenceNumber,
            String licenceClass,
            String restriction,
            String previousNumber,
            String previousClass,
            String holderName,
            String holderIdNumber,
            LocalDate holderBirthDate,
            LocalDate issuedOn,
            LocalDate expiresOn) {
        this.agencyId = agencyId;
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.procedureCode = procedureCode;
        this.licenceNumber = licenceNumber;
        this.licenceClass = licenceClass;
        this.restriction = restriction;
        this.previousNumber = previousNumber;
        this.previousClass = previousClass;
        this.holderName = holderName;
        this.holderIdNumber = holderIdNumber;
        this.holderBirthDate = holderBirthDate;
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

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getLicenceClass() {
        return licenceClass;
    }

    public String getRestriction() {
        return restriction;
    }

    public String getPreviousNumber() {
        return previousNumber;
    }

    public String getPreviousClass() {
        return previousClass;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderIdNumber() {
        return holderIdNumber;
    }

    public LocalDate getHolderBirthDate() {
        return holderBirthDate;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
