package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The moments of a dossier's clock, columns of {@code dossier}: submitted online, received, when the clock started,
 * the original and the current due moment, the current step's start and due moment, when it was paused, how many
 * supplements were requested, when the result was ready, returned and the dossier closed. The lifecycle's facades
 * move them through {@link Dossier}; reports read them.
 */
@MappedSuperclass
public abstract class DossierDates implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "step_started_at")
    private LocalDateTime stepStartedAt;

    @Column(name = "step_due_at")
    private LocalDateTime stepDueAt;

    /** When the applicant submitted it online; {@code null} for a dossier handed in at a counter. */
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** When it was received (the clock columns stay empty while an online submission waits for the counter). */
    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    /** When the clock started: receipt, or the next working opening after a late receipt. */
    @Column(name = "clock_start")
    private LocalDateTime clockStart;

    @Column(name = "original_due_at")
    private LocalDateTime originalDueAt;

    /** The due moment now: moved by pauses and by extensions (form 04). */
    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "paused_at")
    private LocalDateTime pausedAt;

    @Column(name = "supplement_requests", nullable = false)
    private int supplementRequests;

    @Column(name = "result_ready_at")
    private LocalDateTime resultReadyAt;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** Submitted online at that moment (the clock starts when the counter accepts it). */
    protected void submittedOn(LocalDateTime at) {
        this.submittedAt = at;
    }

    /** Received at that moment: the clock starts then (or at the next working opening) and runs to the due moment. */
    protected void clockStarted(LocalDateTime at, LocalDateTime clockStart, LocalDateTime due) {
        this.receivedAt = at;
        this.clockStart = clockStart;
        this.originalDueAt = due;
        this.dueAt = due;
    }

    protected void stepTimes(LocalDateTime startedAt, LocalDateTime dueAt) {
        this.stepStartedAt = startedAt;
        this.stepDueAt = dueAt;
    }

    public LocalDateTime getStepStartedAt() {
        return stepStartedAt;
    }

    public LocalDateTime getStepDueAt() {
        return stepDueAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDateTime getClockStart() {
        return clockStart;
    }

    public LocalDateTime getOriginalDueAt() {
        return originalDueAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getPausedAt() {
        return pausedAt;
    }

    public void setPausedAt(LocalDateTime pausedAt) {
        this.pausedAt = pausedAt;
    }

    public int getSupplementRequests() {
        return supplementRequests;
    }

    public void countSupplementRequest() {
        supplementRequests++;
    }

    public LocalDateTime getResultReadyAt() {
        return resultReadyAt;
    }

    public void setResultReadyAt(LocalDateTime resultReadyAt) {
        this.resultReadyAt = resultReadyAt;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public void setReturnedAt(LocalDateTime returnedAt) {
        this.returnedAt = returnedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }
}
