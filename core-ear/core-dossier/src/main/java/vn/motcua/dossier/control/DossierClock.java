package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.Pause;
import vn.motcua.catalog.control.calendar.PauseMode;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.SupplementClock;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierPause;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;

/**
 * Where a dossier stands in its process and how long it has: the clock started at receipt (the statutory due moment),
 * each step entered with its own due moment at the agency acting in it, and the clock run again after a pause for a
 * supplement or a fee, the due moments moved by the time it stood still. Working time comes from the catalog's
 * calendar ({@link Deadlines}).
 */
@ApplicationScoped
public class DossierClock {

    @Inject
    Deadlines deadlines;

    @Inject
    RegisterNumbers registers;

    /**
     * Starts the clock of a dossier received now (code and lookup secret as given) and puts it in its first step; when
     * that step is the counter's own, it is done now and the dossier moves on to the next one.
     */
    public void start(Dossier dossier, String code, String secret, LocalDateTime now, HandOver handOver) {
        ProcedureVersion version = dossier.getProcedureVersion();
        DueDates dueDates = deadlines.dueDates();
        var deadline = dueDates.deadline(now, WorkingDays.of(version.getStatutoryDays()));
        dossier.received(code, secret, now, deadline.clockStart(), deadline.due());
        registers.enter(dossier, now);
        dossier.transition(HandOverAction.RECEIVE);
        List<ProcessStep> steps = version.getSteps();
        ProcessStep first = steps.get(0);
        if (first.getActing() == StepActing.RECEIVING_COUNTER && steps.size() > 1) {
            // Receiving is the first step: it is done now, on the counter's clock.
            LocalDateTime firstDue = dueDates.stepDue(deadline.clockStart(), WorkingDays.of(first.getBudgetDays()));
            handOver.step(first.getName(), firstDue, Timeliness.of(now, firstDue));
            enterStep(dossier, 1, now, dueDates);
        } else {
            enterStep(dossier, 0, deadline.clockStart(), dueDates);
        }
        handOver.to(null, dossier.getCurrentAgency());
    }

    /** Puts the dossier in the step at that position, started then, at the agency acting in it. */
    public void enterStep(Dossier dossier, int position, LocalDateTime startedAt) {
        enterStep(dossier, position, startedAt, deadlines.dueDates());
    }

    private void enterStep(Dossier dossier, int position, LocalDateTime startedAt, DueDates dueDates) {
        ProcessStep step = dossier.getProcedureVersion().getSteps().get(position);
        dossier.setStep(position, startedAt, dueDates.stepDue(startedAt, WorkingDays.of(step.getBudgetDays())));
        dossier.moveTo(agencyOf(step, dossier));
    }

    /**
     * The supplement came back: the clock runs again, the due moments moved by the time it stood still (or, when the
     * procedure says so, the full time starts again); the due moment never falls before the last extension granted.
     */
    public void supplementReturned(Dossier dossier, LocalDateTime now) {
        DossierPause pause = dossier.openPause();
        pause.resume(now);
        dossier.setPausedAt(null);
        DueDates dueDates = deadlines.dueDates();
        ProcedureVersion version = dossier.getProcedureVersion();
        PauseMode mode = version.getSupplementClock() == SupplementClock.RESTART ? PauseMode.RESTART : PauseMode.RESUME;
        List<Pause> pauses = dossier.getPauses().stream()
                .filter(p -> p.getResumedAt() != null)
                .map(p -> new Pause(p.getPausedAt(), p.getResumedAt()))
                .toList();
        LocalDateTime newDue = dueDates.deadline(
                        dossier.getReceivedAt(), WorkingDays.of(version.getStatutoryDays()), pauses, mode)
                .due();
        dossier.setDueAt(latest(newDue, lastExtension(dossier)));
        LocalDateTime stepDue = dueDates.deadline(
                        dossier.getStepStartedAt(),
                        WorkingDays.of(currentStep(dossier).getBudgetDays()),
                        pauses.stream()
                                .filter(p -> !p.to().isBefore(dossier.getStepStartedAt()))
                                .toList(),
                        PauseMode.RESUME)
                .due();
        dossier.setStep(dossier.getStepPosition(), dossier.getStepStartedAt(), stepDue);
    }

    /** The fee was paid: the clock runs again, both due moments moved by the working time it stood still. */
    public void feePaid(Dossier dossier, LocalDateTime now) {
        DossierPause pause = dossier.openPause();
        if (pause != null) {
            pause.resume(now);
            var clock = deadlines.dueDates().clock();
            Duration stood = clock.between(pause.getPausedAt(), now);
            dossier.setDueAt(clock.plus(dossier.getDueAt(), stood));
            if (dossier.getStepDueAt() != null) {
                dossier.setStep(
                        dossier.getStepPosition(),
                        dossier.getStepStartedAt(),
                        clock.plus(dossier.getStepDueAt(), stood));
            }
        }
        dossier.setPausedAt(null);
    }

    /** The agency that acts in a step of this dossier's process (also read by the workspace to list its officers). */
    public static Agency agencyOf(ProcessStep step, Dossier dossier) {
        Agency routed = dossier.routedAgency(step.getPosition());
        if (routed != null) {
            return routed;
        }
        return switch (step.getActing()) {
            case DECIDING_AGENCY -> dossier.getDecidingAgency();
            case RECEIVING_COUNTER -> dossier.getReceivingAgency();
            case NAMED_AGENCY -> step.getAgency();
        };
    }

    /**
     * The role whose officers act in a step of this dossier: the one the implementing agency mapped the step to when
     * it was received, else the step's own.
     */
    public static Role roleOf(ProcessStep step, Dossier dossier) {
        Role routed = dossier.routedRole(step.getPosition());
        return routed != null ? routed : step.getRole();
    }

    /** The process step the dossier is in. */
    public static ProcessStep currentStep(Dossier dossier) {
        return dossier.getProcedureVersion().getSteps().get(dossier.getStepPosition());
    }

    /** Whether the dossier is in the last step of its process (the one that approves). */
    public static boolean isLastStep(Dossier dossier) {
        return dossier.getStepPosition()
                == dossier.getProcedureVersion().getSteps().size() - 1;
    }

    private static LocalDateTime lastExtension(Dossier dossier) {
        return dossier.getExtensions().isEmpty()
                ? null
                : dossier.getExtensions()
                        .get(dossier.getExtensions().size() - 1)
                        .getNewDue();
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
