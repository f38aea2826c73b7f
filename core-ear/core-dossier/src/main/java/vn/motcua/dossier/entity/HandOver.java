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
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.platform.text.Texts;
import vn.motcua.spi.dossier.DossierState;

/**
 * One row of the process control sheet (form 05): what happened, from whom to whom, when, the step's due moment and
 * whether the step finished early, on time or late, with the officer's comment.
 */
@Entity
@Table(name = "hand_over")
public class HandOver extends DossierPart {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HandOverAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30)
    private DossierState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30)
    private DossierState toState;

    @Column(name = "step_name", length = 255)
    private String stepName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_officer_id")
    private Officer fromOfficer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_officer_id")
    private Officer toOfficer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_agency_id")
    private Agency fromAgency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_agency_id")
    private Agency toAgency;

    @Column(name = "handed_at", nullable = false)
    private LocalDateTime handedAt;

    @Column(name = "step_due_at")
    private LocalDateTime stepDueAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Timeliness verdict;

    @Column(length = 2000)
    private String comment;

    protected HandOver() {}

    public HandOver(HandOverAction action, DossierState fromState, DossierState toState, LocalDateTime handedAt) {
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.handedAt = handedAt;
    }

    public HandOver step(String name, LocalDateTime dueAt, Timeliness verdict) {
        this.stepName = name;
        this.stepDueAt = dueAt;
        this.verdict = verdict;
        return this;
    }

    public HandOver from(Officer officer, Agency agency) {
        this.fromOfficer = officer;
        this.fromAgency = agency;
        return this;
    }

    public HandOver to(Officer officer, Agency agency) {
        this.toOfficer = officer;
        this.toAgency = agency;
        return this;
    }

    public HandOver comment(String text) {
        this.comment = Texts.trimToNull(text);
        return this;
    }

    /** Attaches the row to its dossier at the next position of its list. */
    void attachAt(Dossier owner, int position) {
        attach(owner);
        this.position = position;
    }

    public int getPosition() {
        return position;
    }

    public HandOverAction getAction() {
        return action;
    }

    public DossierState getFromState() {
        return fromState;
    }

    public DossierState getToState() {
        return toState;
    }

    public String getStepName() {
        return stepName;
    }

    public Officer getFromOfficer() {
        return fromOfficer;
    }

    public Officer getToOfficer() {
        return toOfficer;
    }

    public Agency getFromAgency() {
        return fromAgency;
    }

    public Agency getToAgency() {
        return toAgency;
    }

    public LocalDateTime getHandedAt() {
        return handedAt;
    }

    public LocalDateTime getStepDueAt() {
        return stepDueAt;
    }

    public Timeliness getVerdict() {
        return verdict;
    }

    public String getComment() {
        return comment;
    }
}
