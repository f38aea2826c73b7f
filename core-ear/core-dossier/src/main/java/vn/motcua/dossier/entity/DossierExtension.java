package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.motcua.directory.entity.Officer;

/** An apology and new appointment (form 04): both the previous and the new due moment stay on record. */
@Entity
@Table(name = "dossier_extension")
public class DossierExtension extends DossierPart {
    private static final long serialVersionUID = 1L;

    @Column(name = "previous_due", nullable = false)
    private LocalDateTime previousDue;

    @Column(name = "new_due", nullable = false)
    private LocalDateTime newDue;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "officer_id", nullable = false)
    private Officer officer;

    protected DossierExtension() {}

    public DossierExtension(
            LocalDateTime previousDue, LocalDateTime newDue, String reason, LocalDateTime recordedAt, Officer officer) {
        this.previousDue = previousDue;
        this.newDue = newDue;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.officer = officer;
    }

    public LocalDateTime getPreviousDue() {
        return previousDue;
    }

    public LocalDateTime getNewDue() {
        return newDue;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public Officer getOfficer() {
        return officer;
    }
}
