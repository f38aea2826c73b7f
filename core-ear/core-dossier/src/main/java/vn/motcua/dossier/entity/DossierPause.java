package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A time the clock stood still: waiting for the applicant's supplement (form 02) or payment. */
@Entity
@Table(name = "dossier_pause")
public class DossierPause extends DossierPart {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PauseKind kind;

    @Column(name = "paused_at", nullable = false)
    private LocalDateTime pausedAt;

    @Column(name = "resumed_at")
    private LocalDateTime resumedAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** What the applicant must bring, one item per line. */
    @Column(length = 4000)
    private String missing;

    protected DossierPause() {}

    public DossierPause(PauseKind kind, LocalDateTime pausedAt, String reason, String missing) {
        this.kind = kind;
        this.pausedAt = pausedAt;
        this.reason = reason;
        this.missing = missing;
    }

    public void resume(LocalDateTime at) {
        this.resumedAt = at;
    }

    public PauseKind getKind() {
        return kind;
    }

    public LocalDateTime getPausedAt() {
        return pausedAt;
    }

    public LocalDateTime getResumedAt() {
        return resumedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getMissing() {
        return missing;
    }
}
