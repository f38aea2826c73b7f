package vn.motcua.dossier.workflow.boundary;

import static vn.motcua.dossier.control.DossierClock.currentStep;
import static vn.motcua.dossier.control.DossierClock.isLastStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.control.ImplementingAgency;
import vn.motcua.dossier.control.plugins.PluginSteps;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierPause;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.ResultDelivery;
import vn.motcua.dossier.printing.boundary.DossierForms;
import vn.motcua.dossier.workflow.control.Transitions;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.text.Texts;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.dossier.DossierTransitioned;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Every transition of a dossier, one method each, each in one transaction: it checks the actor's permission (on the
 * method), the agency scope, that the state and the current process step allow the action, and that the dossier is
 * the version the officer saw; then it changes the dossier, writes the hand-over row (with the step's verdict) and
 * fires {@link DossierTransitioned}. Two officers acting at once: one succeeds, the other gets
 * {@link vn.motcua.spi.ConcurrentChangeException} and nothing of theirs is applied. Those shared rules are {@link Transitions}; the clock
 * is {@link DossierClock}; the transitions that pause or move the clock are {@link DossierPauses}; receipt and the
 * counter's answer to an online submission are done by {@link DossierIntake} under this facade's checks.
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierWorkflow {

    /** A document as ticked at the counter. */
    public record DocumentTick(Long requiredDocumentId, String name, CopyKind copyKind, int copies, boolean received) {}

    /**
     * What the counter officer enters. {@code submissionToken} is generated when the receive form opens: submitting
     * the same form twice (double click, browser back) returns the dossier of the first submission.
     */
    public record ReceiveRequest(
            String submissionToken,
            long procedureId,
            long counterId,
            Applicant applicant,
            List<DocumentTick> documents,
            Map<String, Object> formData,
            String note,
            Long decidingAgencyId) {

        /** A receipt for the one implementing agency the counter receives the procedure for. */
        public ReceiveRequest(
                String submissionToken,
                long procedureId,
                long counterId,
                Applicant applicant,
                List<DocumentTick> documents,
                Map<String, Object> formData,
                String note) {
            this(submissionToken, procedureId, counterId, applicant, documents, formData, note, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DossierClock clock;

    @Inject
    Transitions transitions;

    @Inject
    PluginSteps pluginSteps;

    @Inject
    DossierForms forms;

    @Inject
    ImplementingAgency implementing;

    @Inject
    DossierIntake intake;

    /** Receives a complete dossier at a counter: code, lookup secret, due date, hand-over to the first actor. */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier receive(ReceiveRequest request) {
        return intake.receive(request);
    }

    /**
     * The counter accepts a dossier submitted online, after checking its scans: the same as a receipt at the counter
     * from here on (the clock starts now, the due date and form 01 follow), keeping the code the applicant was given.
     * What the applicant declared brings the applicant register up to date now that the papers have been checked.
     *
     * @param counterId the counter of the receiving agency that accepts it (printed on form 01), or {@code null}
     */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier accept(long dossierId, int expectedVersion, Long counterId, String comment) {
        return intake.accept(dossierId, expectedVersion, counterId, comment);
    }

    /** The counter does not accept a dossier submitted online: it is closed, form 03 with the reasons issued and kept. */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier notAccept(long dossierId, int expectedVersion, String reasons) {
        return intake.notAccept(dossierId, expectedVersion, reasons);
    }

    /** The division head gives the dossier to an officer of the agency now in charge. */
    @Transactional
    @RequiresPermissions("dossier:assign")
    public Dossier assign(long dossierId, int expectedVersion, long officerId, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.ASSIGN);
        Officer officer = transitions.officer(officerId);
        DossierState from = dossier.getState();
        dossier.setAssignee(officer);
        dossier.transition(HandOverAction.ASSIGN);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.ASSIGN, from, dossier.getState(), LocalDateTime.now())
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .to(officer, dossier.getCurrentAgency())
                        .comment(comment));
    }

    /** Finishes the current step and hands the dossier to the next one (the last step waits for approval). */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier forward(long dossierId, int expectedVersion, Long toOfficerId, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.FORWARD);
        if (isLastStep(dossier)) {
            throw new DomainException("dossier.forward.lastStep");
        }
        LocalDateTime now = LocalDateTime.now();
        ProcessStep step = currentStep(dossier);
        pluginSteps.leaving(dossier, step, HandOverAction.FORWARD);
        DossierState from = dossier.getState();
        Agency fromAgency = dossier.getCurrentAgency();
        var handOver = new HandOver(HandOverAction.FORWARD, from, from, now)
                .step(step.getName(), dossier.getStepDueAt(), Timeliness.of(now, dossier.getStepDueAt()))
                .from(transitions.me(), fromAgency)
                .comment(comment);
        clock.enterStep(dossier, dossier.getStepPosition() + 1, now);
        Officer to = toOfficerId == null ? null : transitions.officer(toOfficerId);
        dossier.setAssignee(to);
        dossier.transition(HandOverAction.FORWARD);
        return transitions.done(dossier, handOver.to(to, dossier.getCurrentAgency()), dossier.getState());
    }

    /** Back to the previous step (the leader sends back, or the officer returns it), with a comment. */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier sendBack(long dossierId, int expectedVersion, String comment) {
        return sendBackAs(dossierId, expectedVersion, comment);
    }

    /** The leader sends a result back for rework. */
    @Transactional
    @RequiresPermissions("dossier:approve")
    public Dossier sendBackFromApproval(long dossierId, int expectedVersion, String comment) {
        return sendBackAs(dossierId, expectedVersion, comment);
    }

    private Dossier sendBackAs(long dossierId, int expectedVersion, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException("dossier.sendBack.commentRequired");
        }
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.SEND_BACK);
        if (dossier.getStepPosition() == 0) {
            throw new DomainException("dossier.sendBack.firstStep");
        }
        LocalDateTime now = LocalDateTime.now();
        ProcessStep step = currentStep(dossier);
        DossierState from = dossier.getState();
        var handOver = new HandOver(HandOverAction.SEND_BACK, from, DossierState.IN_PROCESS, now)
                .step(step.getName(), dossier.getStepDueAt(), Timeliness.of(now, dossier.getStepDueAt()))
                .from(transitions.me(), dossier.getCurrentAgency())
                .comment(comment);
        int previous = dossier.getStepPosition() - 1;
        String previousName =
                dossier.getProcedureVersion().getSteps().get(previous).getName();
        Officer lastHandler = dossier.getHandOvers().stream()
                .filter(h -> h.getAction() == HandOverAction.FORWARD && previousName.equals(h.getStepName()))
                .reduce((a, b) -> b)
                .map(HandOver::getFromOfficer)
                .orElse(null);
        clock.enterStep(dossier, previous, now);
        dossier.setAssignee(lastHandler);
        dossier.transition(HandOverAction.SEND_BACK);
        return transitions.done(dossier, handOver.to(lastHandler, dossier.getCurrentAgency()), dossier.getState());
    }

    /**
     * Interconnected procedures (liên thông): the current step is done at another agency. The dossier keeps its code
     * and step; it arrives there unassigned, for that agency's division head to assign, and that agency is added to
     * those that held it (so both keep seeing it). Needs the step action TRANSFER.
     */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier transfer(long dossierId, int expectedVersion, long agencyId, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.TRANSFER);
        Agency target = em.find(Agency.class, agencyId);
        if (target == null || !target.isActive()) {
            throw new DomainException("dossier.flow.transfer.agencyRequired");
        }
        if (target.getId().equals(dossier.getCurrentAgency().getId())) {
            throw new DomainException("dossier.flow.transfer.sameAgency");
        }
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        var handOver = new HandOver(HandOverAction.TRANSFER, from, DossierState.RECEIVED, now)
                .step(currentStep(dossier).getName(), dossier.getStepDueAt(), null)
                .from(transitions.me(), dossier.getCurrentAgency())
                .comment(comment);
        dossier.moveTo(target);
        dossier.setAssignee(null);
        dossier.transition(HandOverAction.TRANSFER);
        return transitions.done(dossier, handOver.to(null, target));
    }

    /** The leader approves: the result is ready and goes to the counter that received the dossier. */
    @Transactional
    @RequiresPermissions("dossier:approve")
    public Dossier approve(long dossierId, int expectedVersion, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.APPROVE);
        LocalDateTime now = LocalDateTime.now();
        ProcessStep step = currentStep(dossier);
        pluginSteps.leaving(dossier, step, HandOverAction.APPROVE);
        pluginSteps.issueResult(dossier, () -> resultContext(dossier, now));
        var handOver = new HandOver(HandOverAction.APPROVE, dossier.getState(), DossierState.RESULT_READY, now)
                .step(step.getName(), dossier.getStepDueAt(), Timeliness.of(now, dossier.getStepDueAt()))
                .from(transitions.me(), dossier.getCurrentAgency())
                .comment(comment);
        dossier.setResultReadyAt(now);
        dossier.setAssignee(null);
        dossier.moveTo(dossier.getReceivingAgency());
        dossier.transition(HandOverAction.APPROVE);
        return transitions.done(dossier, handOver.to(null, dossier.getReceivingAgency()));
    }

    /** Decided not to grant: the result is a refusal letter with the reasons, returned like any result. */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier refuse(long dossierId, int expectedVersion, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new DomainException("dossier.refuse.reasonRequired");
        }
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.REFUSE);
        LocalDateTime now = LocalDateTime.now();
        var handOver = new HandOver(HandOverAction.REFUSE, dossier.getState(), DossierState.REFUSED, now)
                .step(
                        currentStep(dossier).getName(),
                        dossier.getStepDueAt(),
                        Timeliness.of(now, dossier.getStepDueAt()))
                .from(transitions.me(), dossier.getCurrentAgency())
                .comment(reasons);
        dossier.setResultReadyAt(now);
        dossier.setAssignee(null);
        dossier.moveTo(dossier.getReceivingAgency());
        dossier.transition(HandOverAction.REFUSE);
        return transitions.done(dossier, handOver.to(null, dossier.getReceivingAgency()));
    }

    /**
     * The result is handed over by the delivery method chosen at receipt; the dossier is closed. The recipient is
     * required (electronically: the applicant, who downloads it through the public lookup); by post, also the
     * postal tracking number.
     */
    @Transactional
    @RequiresPermissions("dossier:return")
    public Dossier returnResult(
            long dossierId, int expectedVersion, String recipient, String trackingNumber, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.RETURN);
        ResultDelivery delivery = dossier.getDelivery();
        boolean online = delivery != null && delivery.isOnline();
        boolean byPost = delivery != null && delivery.isByPost();
        String who = Texts.trimToNull(recipient);
        String tracking = byPost ? Texts.trimToNull(trackingNumber) : null;
        if (who == null && online) {
            who = dossier.getApplicant().getName();
        }
        if (who == null) {
            throw new DomainException("dossier.return.recipientRequired");
        }
        if (byPost && tracking == null) {
            throw new DomainException("dossier.return.trackingRequired");
        }
        dossier.delivered(who, tracking);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        dossier.setReturnedAt(now);
        dossier.setClosedAt(now);
        dossier.transition(HandOverAction.RETURN);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.RETURN, from, dossier.getState(), now)
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .comment(returnNote(who, tracking, comment)));
    }

    /** The applicant withdraws the dossier (their written request, recorded at the counter). */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier withdraw(long dossierId, int expectedVersion, String reason) {
        Dossier dossier = transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.WITHDRAW);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        DossierPause pause = dossier.openPause();
        if (pause != null) {
            pause.resume(now);
        }
        dossier.setClosedAt(now);
        dossier.setAssignee(null);
        dossier.transition(HandOverAction.WITHDRAW);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.WITHDRAW, from, dossier.getState(), now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .comment(reason));
    }

    /** The hand-over's comment of a return: who received it and the tracking number, then the officer's words. */
    private static String returnNote(String recipient, String tracking, String comment) {
        String note = Messages.text(Locale.forLanguageTag("vi"), "dossier.return.note", recipient)
                + (tracking == null
                        ? ""
                        : " · " + Messages.text(Locale.forLanguageTag("vi"), "dossier.return.noteTracking", tracking));
        return comment == null || comment.isBlank() ? note : note + ". " + comment.strip();
    }

    /** What the plugin serving the procedure is told when the dossier is approved. */
    private ResultContext resultContext(Dossier dossier, LocalDateTime now) {
        return new ResultContext(
                now,
                currentUser.getDisplayName(),
                forms.placeName(),
                forms.lookupUrl(dossier.getCode(), dossier.getLookupSecret()));
    }
}
