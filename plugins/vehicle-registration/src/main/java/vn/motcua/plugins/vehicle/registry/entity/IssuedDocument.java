package vn.motcua.plugins.vehicle.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.spi.registry.FoldedText;

/**
 * What every row of the department's registry holds, whatever it issued (a driving licence, a transport badge): the
 * issuing agency and the dossier by id (foreign keys in SQL), the holder, the dates and the folded search text. The
 * agency is the dossier's deciding agency; the registry shows a row only to officers with that agency in scope.
 */
@MappedSuperclass
public abstract class IssuedDocument implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    @Column(name = "holder_name", nullable = false, length = 255)
    private String holderName;

    @Column(name = "holder_id_number", length = 20)
    private String holderIdNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** Holder name and ID number folded for accent-insensitive search ({@code FoldedText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    protected IssuedDocument() {}

    protected IssuedDocument(
            long agencyId,
            long dossierId,
            String dossierCode,
            String holderName,
            String holderIdNumber,
            LocalDate issuedOn,
            LocalDate expiresOn) {
        this.agencyId = agencyId;
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
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

    public abstract Long getId();

    public long getAgencyId() {
        return agencyId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getDossierCode() {
        return dossierCode;
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

    /** The last day it is valid; none for a licence class that does not expire. */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
