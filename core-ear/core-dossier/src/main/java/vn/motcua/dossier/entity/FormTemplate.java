package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.printing.control.TemplateVersion;

/**
 * A version of a form template an admin stored to replace the built-in one from a date on. Versions are never edited:
 * a change is a new version, so a dossier printed again shows the form of the day it was received. Only checked
 * templates are stored ({@code FormTemplateText.check} finds no problem).
 */
@Entity
@Table(name = "form_template")
public class FormTemplate implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "form_template_seq", sequenceName = "form_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_template_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 30)
    private FormKind kind;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected FormTemplate() {}

    public FormTemplate(FormKind kind, int versionNumber, LocalDate effectiveFrom, String content, String createdBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.versionNumber = versionNumber;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.content = Objects.requireNonNull(content, "content");
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    /** This version as the choice of the template in force sees it. */
    public TemplateVersion toVersion() {
        return new TemplateVersion(kind, versionNumber, effectiveFrom, content);
    }

    public Long getId() {
        return id;
    }

    public FormKind getKind() {
        return kind;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getContent() {
        return content;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
