package vn.motcua.plugins.vehicle.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.motcua.plugins.vehicle.registry.entity.IssuedDocument;

/**
 * A driving licence the department issued: one row of the licence registry, written when the leader approves the
 * dossier. Refers to the core's dossier and agency by id (foreign keys in SQL); the agency is the one that issued it,
 * and the registry shows a row only to officers with that agency in their scope.
 */
@Entity(name = "VehicleRegistrationIssuedLicence")
@Table(name = "vehicle_registration_licence")
public class IssuedLicence extends IssuedDocument {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "vehicle_registration_licence_seq",
            sequenceName = "vehicle_registration_licence_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_registration_licence_seq")
    private Long id;

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

    @Column(name = "holder_birth_date", nullable = false)
    private LocalDate holderBirthDate;

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
        super(agencyId, dossierId, dossierCode, holderName, holderIdNumber, issuedOn, expiresOn);
        this.procedureCode = procedureCode;
        this.licenceNumber = licenceNumber;
        this.licenceClass = licenceClass;
        this.restriction = restriction;
        this.previousNumber = previousNumber;
        this.previousClass = previousClass;
        this.holderBirthDate = holderBirthDate;
    }

    @Override
    public Long getId() {
        return id;
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

    public LocalDate getHolderBirthDate() {
        return holderBirthDate;
    }
}
