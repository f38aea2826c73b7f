package vn.motcua.plugins.licensing.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import vn.motcua.plugins.licensing.LicensingProcedures;

/**
 * The details of a licence dossier (issue of a bulletin or non-commercial publication licence, or the amendment of a
 * bulletin licence), edited in the counter's form and kept in the page's view state until the dossier is received.
 * For an amendment it also names the licence amended (number and year of issue) and what changes; the publication
 * particulars are then those of the amended licence as it will read.
 */
@Entity
@Table(name = "licensing_application")
public class LicensingApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "licensing_application_seq",
            sequenceName = "licensing_application_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensing_application_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Valid
    @Embedded
    private Publication publication = new Publication();

    @Size(max = 60, message = "{licensing.amendedNumber.size}")
    @Column(name = "amended_number", length = 60)
    private String amendedNumber;

    @Min(value = 2000, message = "{licensing.licenceYear.range}")
    @Max(value = 2100, message = "{licensing.licenceYear.range}")
    @Column(name = "amended_year")
    private Integer amendedYear;

    /** The licence amended, found from number and year when the dossier is received. */
    @Column(name = "amended_licence_id")
    private Long amendedLicenceId;

    @Size(max = 1000, message = "{licensing.changes.size}")
    @Column(length = 1000)
    private String changes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public LicensingApplication() {}

    public LicensingApplication(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public boolean isAmendment() {
        return LicensingProcedures.AMENDMENT.equals(procedureCode);
    }

    /** An amendment names the licence it amends: its number and the year it was issued. */
    @AssertTrue(message = "{licensing.amendment.licenceRequired}")
    public boolean isAmendedLicenceNamed() {
        return !isAmendment() || (amendedNumber != null && !amendedNumber.isBlank() && amendedYear != null);
    }

    /** An amendment says what changes. */
    @AssertTrue(message = "{licensing.amendment.changesRequired}")
    public boolean isChangesDescribed() {
        return !isAmendment() || (changes != null && !changes.isBlank());
    }

    /**
     * The row to store for the dossier just created: a copy, so that the object the form edited (kept in the page's
     * view state) never becomes managed, and a receipt rolled back leaves it as the officer typed it.
     */
    public LicensingApplication storedFor(long dossierId, long agencyId, Long amendedLicenceId, LocalDateTime at) {
        var stored = new LicensingApplication(procedureCode);
        stored.dossierId = dossierId;
        stored.agencyId = agencyId;
        stored.publication = publication.copy();
        stored.amendedNumber = amendedNumber == null ? null : amendedNumber.trim();
        stored.amendedYear = amendedYear;
        stored.amendedLicenceId = amendedLicenceId;
        stored.changes = changes == null ? null : changes.trim();
        stored.createdAt = at;
        return stored;
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

    public String getProcedureCode() {
        return procedureCode;
    }

    public Publication getPublication() {
        return publication;
    }

    public void setPublication(Publication publication) {
        this.publication = publication;
    }

    public String getAmendedNumber() {
        return amendedNumber;
    }

    public void setAmendedNumber(String amendedNumber) {
        this.amendedNumber = amendedNumber;
    }

    public Integer getAmendedYear() {
        return amendedYear;
    }

    public void setAmendedYear(Integer amendedYear) {
        this.amendedYear = amendedYear;
    }

    public Long getAmendedLicenceId() {
        return amendedLicenceId;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
