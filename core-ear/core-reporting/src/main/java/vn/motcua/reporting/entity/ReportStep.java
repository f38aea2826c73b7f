package vn.motcua.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One process step handed on (a hand-over with a step name), with the working time the dossier stayed with the
 * officer who handed it on: what the performance screen aggregates in the database. Rewritten with the dossier's
 * facts ({@code ReportFacts}); the hand-over itself stays the dossier's.
 */
@Entity
@Table(name = "report_step")
public class ReportStep implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "hand_over_id")
    private Long handOverId;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "officer_id", nullable = false)
    private Long officerId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "step_name", nullable = false, length = 255)
    private String stepName;

    @Column(length = 20)
    private String verdict;

    @Column(name = "handed_at", nullable = false)
    private LocalDateTime handedAt;

    @Column(name = "held_seconds", nullable = false)
    private long heldSeconds;

    protected ReportStep() {}

    public ReportStep(Long handOverId, Long dossierId) {
        this.handOverId = handOverId;
        this.dossierId = dossierId;
    }

    /** What the step says now (a hand-over moved by a correction moves its step too). */
    public void set(
            Long officerId, Long agencyId, String stepName, String verdict, LocalDateTime handedAt, long heldSeconds) {
        this.officerId = officerId;
        this.agencyId = agencyId;
        this.stepName = stepName;
        this.verdict = verdict;
        this.handedAt = handedAt;
        this.heldSeconds = heldSeconds;
    }

    public Long getHandOverId() {
        return handOverId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public long getHeldSeconds() {
        return heldSeconds;
    }
}
