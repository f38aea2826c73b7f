package vn.motcua.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The facts of one dossier the reports count from, rewritten by every transition of the dossier ({@code
 * ReportFacts}). Its own table: the reports never read or lock the dossier rows.
 */
@Entity
@Table(name = "report_dossier")
public class ReportDossier implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Open dossiers' {@code open_until}: later than any report period. */
    public static final LocalDateTime OPEN = LocalDateTime.of(9999, 12, 31, 0, 0);

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(length = 60)
    private String code;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "receiving_agency_id", nullable = false)
    private Long receivingAgencyId;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "procedure_id", nullable = false)
    private Long procedureId;

    @Column(name = "sector_id", nullable = false)
    private Long sectorId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(nullable = false, length = 30)
    private String state;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "open_until", nullable = false)
    private LocalDateTime openUntil;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(nullable = false)
    private boolean extended;

    @Column(name = "paused_at")
    private LocalDateTime pausedAt;

    @Column(name = "supplement_requests", nullable = false)
    private int supplementRequests;

    @Column(name = "scored_late", nullable = false)
    private boolean scoredLate;

    @Column(nullable = false)
    private boolean digitised;

    @Column(name = "electronic_result", nullable = false)
    private boolean electronicResult;

    /** When the dossier's fees were paid (the last of them), null while none is paid. */
    @Column(name = "fee_paid_at")
    private LocalDateTime feePaidAt;

    /** Every paid fee paid online (the national portal's payment platform), as the fee step recorded it. */
    @Column(name = "paid_online", nullable = false)
    private boolean paidOnline;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ReportDossier() {}

    public ReportDossier(Long dossierId) {
        this.dossierId = dossierId;
    }

    /** Where and what the dossier is. */
    public void place(
            String code,
            Long agencyId,
            Long receivingAgencyId,
            Long counterId,
            Long procedureId,
            Long sectorId,
            Long assigneeId,
            String state) {
        this.code = code;
        this.agencyId = agencyId;
        this.receivingAgencyId = receivingAgencyId;
        this.counterId = counterId;
        this.procedureId = procedureId;
        this.sectorId = sectorId;
        this.assigneeId = assigneeId;
        this.state = state;
    }

    /** Its dates and verdicts, as the counting rules read them. */
    public void facts(
            boolean online,
            String outcome,
            LocalDateTime receivedAt,
            LocalDateTime endedAt,
            LocalDateTime dueAt,
            boolean extended,
            LocalDateTime pausedAt,
            int supplementRequests,
            boolean scoredLate) {
        this.online = online;
        this.outcome = outcome;
        this.receivedAt = receivedAt;
        this.endedAt = endedAt;
        this.openUntil = endedAt == null ? OPEN : endedAt;
        this.dueAt = dueAt;
        this.extended = extended;
        this.pausedAt = pausedAt;
        this.supplementRequests = supplementRequests;
        this.scoredLate = scoredLate;
    }

    public void payment(LocalDateTime feePaidAt, boolean paidOnline) {
        this.feePaidAt = feePaidAt;
        this.paidOnline = paidOnline;
    }

    public LocalDateTime getFeePaidAt() {
        return feePaidAt;
    }

    public boolean isPaidOnline() {
        return paidOnline;
    }

    public void records(boolean digitised, boolean electronicResult, LocalDateTime updatedAt) {
        this.digitised = digitised;
        this.electronicResult = electronicResult;
        this.updatedAt = updatedAt;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public boolean isScoredLate() {
        return scoredLate;
    }
}
