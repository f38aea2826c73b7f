package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.motcua.dossier.printing.control.FormKind;

/**
 * A scanned document of the dossier: the bytes live in the document store (outside the web root, under a key that
 * owes nothing to the user's file name); this row keeps the name the user gave, the type found in the content, the
 * size and the SHA-256, so a file read back can be checked.
 */
@Entity
@Table(name = "dossier_file")
public class DossierFile extends DossierPart {
    private static final long serialVersionUID = 1L;

    /** The ticked document this scan belongs to, if the officer said so. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private DossierDocument document;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", length = 100)
    private String uploadedBy;

    /** The standard form this file is, when it was issued by an action (02, 03, 04); {@code null} for a scan. */
    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", length = 30)
    private FormKind formKind;

    protected DossierFile() {}

    public DossierFile(
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            LocalDateTime uploadedAt,
            String uploadedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** Marks the file as the form of that kind issued for the dossier. */
    public DossierFile issuedAs(FormKind kind) {
        this.formKind = kind;
        return this;
    }

    public FormKind getFormKind() {
        return formKind;
    }

    public void belongsTo(DossierDocument document) {
        this.document = document;
    }

    public DossierDocument getDocument() {
        return document;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
