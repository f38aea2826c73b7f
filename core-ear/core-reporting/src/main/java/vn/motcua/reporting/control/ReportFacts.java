package vn.motcua.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.NationalScoring;
import vn.motcua.catalog.control.calendar.Pause;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.control.calendar.WorkingClock;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.PauseKind;
import vn.motcua.reporting.control.counting.Outcome;
import vn.motcua.reporting.control.counting.StepHandedOn;
import vn.motcua.reporting.entity.ReportDossier;
import vn.motcua.reporting.entity.ReportStep;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.dossier.DossierTransitioned;

/**
 * Keeps {@link ReportDossier} current: every transition of a dossier rewrites its row, in the transaction of the
 * transition (the figures never lag behind the dossiers, and a transition rolled back leaves no trace here either).
 * Reads the dossier, never writes it.
 */
@ApplicationScoped
public class ReportFacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    void onTransition(@Observes DossierTransitioned event) {
        Dossier dossier = em.find(Dossier.class, event.dossierId());
        if (dossier != null) {
            refresh(dossier, event.at(), isNew(dossier, event));
        }
    }

    /**
     * A dossier stored in this very transaction, at its first transition (from no state, its only hand-over): it has
     * no row and no steps yet, so they are not looked for (two queries of every receipt that find nothing).
     */
    private static boolean isNew(Dossier dossier, DossierTransitioned event) {
        return event.fromState() == null && dossier.getHandOvers().size() == 1;
    }

    /**
     * The agency a dossier is counted for: its deciding agency, the implementing agency it was received or submitted
     * for (a commune's procedure: that commune). Transferred or chained between agencies, a dossier is still counted
     * once, here. Changing this rule needs {@code ReportJobs.recountAll} to rewrite the rows.
     */
    public static Long countingAgency(Dossier dossier) {
        return dossier.getDecidingAgency().getId();
    }

    /** Writes the dossier's row from what it is now. */
    public ReportDossier refresh(Dossier dossier, LocalDateTime now) {
        return refresh(dossier, now, false);
    }

    private ReportDossier refresh(Dossier dossier, LocalDateTime now, boolean isNew) {
        ReportDossier row = isNew ? null : em.find(ReportDossier.class, dossier.getId());
        if (row == null) {
            row = new ReportDossier(dossier.getId());
            em.persist(row);
        }
        var version = dossier.getProcedureVersion();
        row.place(
                dossier.getCode(),
                countingAgency(dossier),
                dossier.getReceivingAgency().getId(),
                dossier.getCounter() == null ? null : dossier.getCounter().getId(),
                dossier.getProcedure().getId(),
                version.getSector().getId(),
                dossier.getAssignee() == null ? null : dossier.getAssignee().getId(),
                dossier.getState().name());
        Outcome outcome = outcome(dossier);
        LocalDateTime ended = endedAt(dossier, outcome);
        row.facts(
                dossier.getChannel() == Channel.ONLINE,
                outcome.name(),
                dossier.getReceivedAt(),
                ended,
                dossier.getDueAt(),
                !dossier.getExtensions().isEmpty(),
                dossier.getPausedAt(),
                dossier.getSupplementRequests(),
                scoredLate(dossier, outcome, ended));
        row.records(!dossier.getFiles().isEmpty(), dossier.getResultFile() != null, now);
        Payment payment = payment(dossier.getFees());
        row.payment(payment.paidAt(), payment.online());
        if (!isNew) {
            steps(dossier); // a first hand-over is never a step handed on (StepHandedOn: no hand-over before it)
        }
        return row;
    }

    /**
     * Writes the dossier's steps handed on ({@link ReportStep}): one row per hand-over with a step name made by an
     * officer of an agency after an earlier hand-over, with the working time from that earlier hand-over to this one
     * (the catalog's working clock). Existing rows are read in one query and updated in place, the new ones added.
     */
    private void steps(Dossier dossier) {
        Map<Long, ReportStep> stored = new HashMap<>();
        em.createQuery("select s from ReportStep s where s.dossierId = :dossier", ReportStep.class)
                .setParameter("dossier", dossier.getId())
                .getResultList()
                .forEach(s -> stored.put(s.getHandOverId(), s));
        Map<Integer, HandOver> byPosition = new HashMap<>();
        dossier.getHandOvers().forEach(h -> byPosition.put(h.getPosition(), h));
        WorkingClock clock = null;
        for (HandOver h : dossier.getHandOvers()) {
            HandOver before = byPosition.get(h.getPosition() - 1);
            if (h.getId() == null
                    || !StepHandedOn.is(
                            h.getStepName(),
                            h.getFromOfficer(),
                            h.getFromAgency(),
                            before == null ? null : before.getHandedAt())) {
                continue;
            }
            if (clock == null) {
                clock = deadlines.dueDates().clock();
            }
            ReportStep step = stored.get(h.getId());
            if (step == null) {
                step = new ReportStep(h.getId(), dossier.getId());
                em.persist(step);
            }
            step.set(
                    h.getFromOfficer().getId(),
                    h.getFromAgency().getId(),
                    h.getStepName(),
                    h.getVerdict() == null ? null : h.getVerdict().name(),
                    h.getHandedAt(),
                    StepHandedOn.heldSeconds(clock, before.getHandedAt(), h.getHandedAt()));
        }
    }

    /**
     * The payment method the national list codes {@code TRUC_TUYEN}: paid through the national public-service
     * portal's payment platform (the counter records it on the fee step or at receipt, as the applicant's receipt
     * shows).
     */
    public static final String ONLINE_PAYMENT = "TRUC_TUYEN";

    /** When a dossier's fees were paid (the last one paid), and whether every paid fee was paid online. */
    public record Payment(LocalDateTime paidAt, boolean online) {}

    /**
     * The online payment rule of the scorecard: a dossier counts from the moment its last paid fee was paid (none
     * paid: not counted, {@code paidAt} null); it was paid online when every fee paid was paid by
     * {@link #ONLINE_PAYMENT} (one fee paid in cash at the counter makes it a counter payment). An unpaid fee left
     * beside paid ones does not change either.
     */
    public static Payment payment(List<DossierFee> fees) {
        List<DossierFee> paid = fees.stream().filter(DossierFee::isPaid).toList();
        return new Payment(
                paid.stream()
                        .map(DossierFee::getPaidAt)
                        .max(LocalDateTime::compareTo)
                        .orElse(null),
                !paid.isEmpty() && paid.stream().allMatch(ReportFacts::paidOnline));
    }

    static boolean paidOnline(DossierFee fee) {
        return fee.getPaymentMethod() != null
                && ONLINE_PAYMENT.equals(fee.getPaymentMethod().getCode());
    }

    static Outcome outcome(Dossier dossier) {
        DossierState state = dossier.getState();
        if (dossier.getReceivedAt() == null || state == DossierState.NOT_ACCEPTED) {
            return Outcome.NOT_RECEIVED;
        }
        if (firstOf(dossier, HandOverAction.REFUSE) != null) {
            return Outcome.REFUSED; // its refusal letter may be returned later: still refused
        }
        if (state == DossierState.WITHDRAWN) {
            return Outcome.WITHDRAWN;
        }
        if (dossier.getResultReadyAt() != null || dossier.getReturnedAt() != null) {
            return Outcome.RESOLVED;
        }
        return Outcome.OPEN;
    }

    private static LocalDateTime endedAt(Dossier dossier, Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> dossier.getResultReadyAt() != null ? dossier.getResultReadyAt() : dossier.getReturnedAt();
            case REFUSED -> firstOf(dossier, HandOverAction.REFUSE).getHandedAt();
            case WITHDRAWN -> {
                HandOver withdrawal = firstOf(dossier, HandOverAction.WITHDRAW);
                yield withdrawal != null ? withdrawal.getHandedAt() : dossier.getClosedAt();
            }
            default -> null;
        };
    }

    private static HandOver firstOf(Dossier dossier, HandOverAction action) {
        return dossier.getHandOvers().stream()
                .filter(h -> h.getAction() == action)
                .findFirst()
                .orElse(null);
    }

    /** Decision 766: {@link NationalScoring} on the statutory time, the supplement waits subtracted. */
    private boolean scoredLate(Dossier dossier, Outcome outcome, LocalDateTime ended) {
        if ((outcome != Outcome.RESOLVED && outcome != Outcome.REFUSED) || ended == null) {
            return false;
        }
        List<Pause> waits = dossier.getPauses().stream()
                .filter(p -> p.getKind() == PauseKind.SUPPLEMENT && p.getResumedAt() != null)
                .map(p -> new Pause(p.getPausedAt(), p.getResumedAt()))
                .toList();
        if (dossier.getSupplementRequests() > 1) {
            return true;
        }
        WorkingDays statutory = WorkingDays.of(dossier.getProcedureVersion().getStatutoryDays());
        return new NationalScoring(deadlines.dueDates()).verdict(dossier.getReceivedAt(), statutory, waits, ended)
                == Timeliness.LATE;
    }
}
