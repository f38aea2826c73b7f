package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.motcua.catalog.entity.CopyKind;

/** A document of the dossier, as ticked at the counter against the procedure's list (copied, so it never changes). */
@Entity
@Table(name = "dossier_document")
public class DossierDocument extends DossierPart {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Column(name = "required_document_id")
    private Long requiredDocumentId;

    @Column(nullable = false, length = 1000)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "copy_kind", nullable = false, length = 20)
    private CopyKind copyKind;

    @Column(nullable = false)
    private int copies;

    @Column(nullable = false)
    private boolean received;

    protected DossierDocument() {}

    public DossierDocument(Long requiredDocumentId, String name, CopyKind copyKind, int copies, boolean received) {
        this.requiredDocumentId = requiredDocumentId;
        this.name = name;
        this.copyKind = copyKind;
        this.copies = copies;
        this.received = received;
    }

    /** Attaches the row to its dossier at the next position of its list. */
    void attachAt(Dossier owner, int position) {
        attach(owner);
        this.position = position;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }

    public int getPosition() {
        return position;
    }

    public Long getRequiredDocumentId() {
        return requiredDocumentId;
    }

    public String getName() {
        return name;
    }

    public CopyKind getCopyKind() {
        return copyKind;
    }

    public int getCopies() {
        return copies;
    }

    public boolean isReceived() {
        return received;
    }
}
