package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.platform.text.Texts;

/** A document the applicant hands in (thành phần hồ sơ), in what form and how many, with a template to download. */
@Entity
@Table(name = "required_document")
public class RequiredDocument extends VersionPart {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{catalog.document.name.required}")
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "copy_kind", nullable = false, length = 20)
    private CopyKind copyKind = CopyKind.ORIGINAL;

    @Min(value = 1, message = "{catalog.document.copies.range}")
    @Max(value = 99, message = "{catalog.document.copies.range}")
    @Column(nullable = false)
    private int copies = 1;

    @Column(nullable = false)
    private boolean mandatory = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_type_id")
    private ReferenceItem documentType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_file_id")
    private StoredFile template;

    RequiredDocument copy() {
        var copy = new RequiredDocument();
        copy.name = name;
        copy.copyKind = copyKind;
        copy.copies = copies;
        copy.mandatory = mandatory;
        copy.documentType = documentType;
        copy.template = template;
        return copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
    }

    public CopyKind getCopyKind() {
        return copyKind;
    }

    public void setCopyKind(CopyKind copyKind) {
        this.copyKind = copyKind;
    }

    public int getCopies() {
        return copies;
    }

    public void setCopies(int copies) {
        this.copies = copies;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public ReferenceItem getDocumentType() {
        return documentType;
    }

    public void setDocumentType(ReferenceItem documentType) {
        this.documentType = documentType;
    }

    public StoredFile getTemplate() {
        return template;
    }

    public void setTemplate(StoredFile template) {
        this.template = template;
    }
}
