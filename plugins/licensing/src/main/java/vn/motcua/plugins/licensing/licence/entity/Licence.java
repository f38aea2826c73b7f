package vn.motcua.plugins.licensing.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.spi.registry.FoldedText;

/**
 * A licence in the registry: numbered in its issuing agency's series, granted to a holder for a publication until a
 * date. Created only when a leader approves a licence dossier; afterwards only its status moves (amended, revoked).
 * Refers to the core's dossier and agency by id.
 */
@Entity(name = "LicensingLicence")
@Table(name = "licensing_licence")
public class Licence implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "licensing_licence_seq", sequenceName = "licensing_licence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensing_licence_seq")
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    /** The dossier's code, shown in the registry and its export (the core's row stays the reference). */
    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LicenceKind kind;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    /** {@code yyyyMM} of the issue date, so the monthly report groups in the database without date functions. */
    @Column(name = "issue_period", nullable = false)
    private int issuePeriod;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    /** The last day the licence is valid. */
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LicenceStatus status = LicenceStatus.VALID;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "holder_name", nullable = false, length = 255)
    private String holderName;

    @Column(name = "holder_id_number", nullable = false, length = 20)
    private String holderIdNumber;

    @Column(name = "holder_address", length = 500)
    private String holderAddress;

    @Embedded
    private Publication publication;

    @Column(name = "amends_licence_id")
    private Long amendsLicenceId;

    /** Holder name and ID number folded for accent-insensitive search ({@code FoldedText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    /** The publication's name folded the same way, for the registry's publication filter. */
    @Column(name = "publication_search_text", length = 255)
    private String publicationSearchText;

    @Version
    private int version;

    protected Licence() {}

    /** A licence just issued: valid from {@code issuedOn} to {@code expiresOn}. */
    public Licence(
            long agencyId,
            long dossierId,
            String dossierCode,
            LicenceKind kind,
            IssuedNumber number,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String holderName,
            String holderIdNumber,
            String holderAddress,
            Publication publication,
            Long amendsLicenceId) {
        this.agencyId = agencyId;
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.kind = kind;
        this.number = number.text();
        this.sequenceNumber = number.sequence();
        this.issueYear = number.year();
        this.issuedOn = issuedOn;
        this.issuePeriod = issuedOn.getYear() * 100 + issuedOn.getMonthValue();
        this.expiresOn = expiresOn;
        this.holderName = holderName;
        this.holderIdNumber = holderIdNumber;
        this.holderAddress = holderAddress;
        this.publication = publication.copy();
        this.amendsLicenceId = amendsLicenceId;
    }

    /** The status as of a day: a licence still VALID on record but past its last day is EXPIRED. */
    public LicenceStatus statusOn(LocalDate day) {
        return status == LicenceStatus.VALID && day.isAfter(expiresOn) ? LicenceStatus.EXPIRED : status;
    }

    /** Replaced by the licence an amendment issued on {@code day}. */
    public void markAmended(LocalDate day) {
        status = LicenceStatus.AMENDED;
        statusChangedOn = day;
    }

    /** Withdrawn by a revocation decision of {@code day}. */
    public void markRevoked(LocalDate day) {
        status = LicenceStatus.REVOKED;
        statusChangedOn = day;
    }

    /** Writes the folded search columns from the holder and the publication (also run on rows that predate them). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = FoldedText.of(300, holderName, holderIdNumber);
        publicationSearchText = FoldedText.of(255, publication == null ? null : publication.getPublicationName());
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

    public LicenceKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public int getIssueYear() {
        return issueYear;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderIdNumber() {
        return holderIdNumber;
    }

    public String getHolderAddress() {
        return holderAddress;
    }

    public Publication getPublication() {
        return publication;
    }

    public Long getAmendsLicenceId() {
        return amendsLicenceId;
    }

    public int getVersion() {
        return version;
    }
}
