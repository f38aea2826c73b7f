package vn.motcua.plugins.licensing.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The details of a revocation dossier: which bulletin licence (number and year of issue) and why. Once the leader
 * approves, it carries the revocation decision's own number and date.
 */
@Entity(name = "LicensingRevocation")
@Table(name = "licensing_revocation")
public class LicenceRevocation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "licensing_revocation_seq",
            sequenceName = "licensing_revocation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensing_revocation_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @NotBlank(message = "{licensing.revocation.numberRequired}")
    @Size(max = 60, message = "{licensing.amendedNumber.size}")
    @Column(name = "licence_number", nullable = false, length = 60)
    private String licenceNumber;

    @NotNull(message = "{licensing.revocation.yearRequired}")
    @Min(value = 2000, message = "{licensing.licenceYear.range}")
    @Max(value = 2100, message = "{licensing.licenceYear.range}")
    @Column(name = "licence_year", nullable = false)
    private Integer licenceYear;

    @Column(name = "licence_id", nullable = false)
    private Long licenceId;

    @NotBlank(message = "{licensing.revocation.reasonRequired}")
    @Size(max = 1000, message = "{licensing.revocation.reasonSize}")
    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "decision_number", length = 60)
    private String decisionNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /** {@code yyyyMM} of the decision, for the monthly report. */
    @Column(name = "decided_period")
    private Integer decidedPeriod;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public LicenceRevocation() {}

    /** The row to store for the dossier just created: a copy (see {@link LicensingApplication#storedFor}). */
    public LicenceRevocation storedFor(long dossierId, long agencyId, long licenceId, LocalDateTime at) {
        var stored = new LicenceRevocation();
        stored.dossierId = dossierId;
        stored.agencyId = agencyId;
        stored.licenceNumber = licenceNumber.trim();
        stored.licenceYear = licenceYear;
        stored.licenceId = licenceId;
        stored.reason = reason.trim();
        stored.createdAt = at;
        return stored;
    }

    /** The leader approved: the decision's number and date. */
    public void decided(IssuedNumber number, LocalDate on) {
        this.decisionNumber = number.text();
        this.decidedOn = on;
        this.decidedPeriod = on.getYear() * 100 + on.getMonthValue();
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public Integer getLicenceYear() {
        return licenceYear;
    }

    public void setLicenceYear(Integer licenceYear) {
        this.licenceYear = licenceYear;
    }

    public Long getLicenceId() {
        return licenceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
