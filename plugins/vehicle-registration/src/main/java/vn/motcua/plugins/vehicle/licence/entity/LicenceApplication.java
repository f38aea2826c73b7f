package vn.motcua.plugins.vehicle.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the counter records about the licence a driver brings to exchange or have re-issued (procedures 1.002804,
 * 1.002809): the licence as printed, the health certificate's date and the class asked for. One row per dossier,
 * keyed by the dossier's id; rules across fields are in {@code LicenceRules}.
 */
@Entity(name = "VehicleRegistrationLicenceApplication")
@Table(name = "vehicle_registration_licence_application")
public class LicenceApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "procedure_code", nullable = false, length = 20)
    private String procedureCode;

    @NotBlank(message = "{vehicle-registration.licence.number.required}")
    @Pattern(regexp = "\\d{12}", message = "{vehicle-registration.licence.number.pattern}")
    @Column(name = "licence_number", nullable = false, length = 12)
    private String licenceNumber;

    @NotBlank(message = "{vehicle-registration.licence.class.required}")
    @Column(name = "licence_class", nullable = false, length = 10)
    private String licenceClass;

    @NotNull(message = "{vehicle-registration.licence.issuedOn.required}")
    @PastOrPresent(message = "{vehicle-registration.licence.issuedOn.past}")
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @NotNull(message = "{vehicle-registration.licence.health.required}")
    @PastOrPresent(message = "{vehicle-registration.licence.health.past}")
    @Column(name = "health_certificate_on", nullable = false)
    private LocalDate healthCertificateOn;

    @NotNull(message = "{vehicle-registration.licence.birthDate.required}")
    @Past(message = "{vehicle-registration.licence.birthDate.past}")
    @Column(name = "holder_birth_date", nullable = false)
    private LocalDate holderBirthDate;

    /** The 2024 class asked for; may stay empty when the conversion has one answer. */
    @Column(name = "requested_class", length = 10)
    private String requestedClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "reissue_reason", length = 20)
    private ReissueReason reissueReason;

    protected LicenceApplication() {}

    public LicenceApplication(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    /** Binds the details to the dossier just created (in the receipt's transaction). */
    public void attachTo(long dossierId, String procedureCode) {
        this.dossierId = dossierId;
        this.procedureCode = procedureCode;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber == null ? null : licenceNumber.replaceAll("\\s", "");
    }

    public String getLicenceClass() {
        return licenceClass;
    }

    public void setLicenceClass(String licenceClass) {
        this.licenceClass = licenceClass;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public LocalDate getHealthCertificateOn() {
        return healthCertificateOn;
    }

    public void setHealthCertificateOn(LocalDate healthCertificateOn) {
        this.healthCertificateOn = healthCertificateOn;
    }

    public LocalDate getHolderBirthDate() {
        return holderBirthDate;
    }

    public void setHolderBirthDate(LocalDate holderBirthDate) {
        this.holderBirthDate = holderBirthDate;
    }

    public String getRequestedClass() {
        return requestedClass;
    }

    public void setRequestedClass(String requestedClass) {
        this.requestedClass = requestedClass == null || requestedClass.isBlank() ? null : requestedClass;
    }

    public ReissueReason getReissueReason() {
        return reissueReason;
    }

    public void setReissueReason(ReissueReason reissueReason) {
        this.reissueReason = reissueReason;
    }
}
