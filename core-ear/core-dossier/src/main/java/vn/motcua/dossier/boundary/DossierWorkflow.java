package vn.motcua.dossier.boundary;

import static vn.motcua.dossier.control.DossierClock.currentStep;
import static vn.motcua.dossier.control.DossierClock.isLastStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.directory.entity.Officer;
import vn.motcua.dossier.control.Applicants;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.FormAnswers;
import vn.motcua.dossier.control.ImplementingAgency;
import vn.motcua.dossier.control.Transitions;
import vn.motcua.dossier.control.plugins.PluginSteps;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierPause;
import vn.motcua.dossier.entity.DossierState;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierTransitioned;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Every transition of a dossier, one method each, each in one transaction: it checks the actor's permission (on the
 * method), the agency scope, that the state and the current process step allow the action, and that the dossier is
 * the version the officer saw; then it changes the dossier, writes the hand-over row (with the step's verdict) and
 * fires {@link DossierTransitioned}. Two officers acting at once: one succeeds, the other gets
 * "platform.concurrentChange" and nothing of theirs is applied. Those shared rules are {@link Transitions}; the clock
 * is {@link DossierClock}; the transitions that pause or move the clock are {@link DossierPauses}.
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

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    DossierCodes codes;

    @Inject
    DossierClock clock;

    @Inject
    Transitions transitions;

    @Inject
    Applicants applicants;

    @Inject
    PluginSteps pluginSteps;

    @Inject
    ProcedureAdministration procedures;

    @Inject
    DossierForms forms;

    @Inject
    ImplementingAgency implementing;

    @Inject
    Performers performers;

    /** Receives a complete dossier at a counter: code, lookup secret, due date, hand-over to the first actor. */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier receive(ReceiveRequest request) {
        Optional<Dossier> earlier = bySubmissionToken(request.submissionToken());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Counter counter = em.find(Counter.class, request.counterId());
        if (counter == null || !counter.isActive()) {
            throw new DomainException("dossier.receive.counterRequired");
        }
        scope.check(counter.getAgency());
        LocalDateTime now = LocalDateTime.now();
        ProcedureVersion version = procedures
                .versionInForce(request.procedureId(), now.toLocalDate())
                .orElseThrow(() -> new DomainException("dossier.receive.procedureNotInForce"));
        if (!version.getProcedure().isActive()) {
            throw new DomainException("dossier.receive.procedureNotInForce");
        }
        Agency deciding = implementing.atCounter(version, counter, request.decidingAgencyId());
        checkMandatoryDocuments(version, request.documents());
        // the page checks the form too, but what a browser posts is not trusted: the same checks as online
        Map<String, Object> answers = FormAnswers.check(version.getFormFields(), request.formData());

        Applicant applicant = applicants.upToDate(request.applicant());
        var dossier = new Dossier(
                request.submissionToken(), version, applicant, Channel.COUNTER, counter.getAgency(), counter);
        dossier.performedBy(deciding, performers.route(version, deciding, counter.getAgency()));
        for (DocumentTick tick : request.documents()) {
            dossier.addDocument(new DossierDocument(
                    tick.requiredDocumentId(), tick.name(), tick.copyKind(), tick.copies(), tick.received()));
        }
        for (Fee fee : version.getFees()) {
            dossier.addFee(new DossierFee(fee.getName(), fee.getKind(), fee.getAmount(), fee.getDue()));
        }
        dossier.setFormData(answers.isEmpty() ? null : JSON.toJson(answers));
        dossier.setNote(request.note());

        var handOver = new HandOver(HandOverAction.RECEIVE, null, DossierState.RECEIVED, now)
                .from(transitions.me(), counter.getAgency());
        clock.start(dossier, codes.next(counter.getAgency(), now.toLocalDate()), DossierCodes.secret(), now, handOver);
        return transitions.received(dossier, handOver);
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
        Dossier dossier = transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.RECEIVE);
        Counter counter = null;
        if (counterId != null) {
            counter = em.find(Counter.class, counterId);
            if (counter == null
                    || !counter.isActive()
                    || !counter.getAgency()
                            .getId()
                            .equals(dossier.getReceivingAgency().getId())) {
                throw new DomainException("dossier.receive.counterRequired");
            }
        }
        checkMandatoryDocuments(
                dossier.getProcedureVersion(),
                dossier.getDocuments().stream()
                        .map(d -> new DocumentTick(
                                d.getRequiredDocumentId(), d.getName(), d.getCopyKind(), d.getCopies(), d.isReceived()))
                        .toList());
        if (dossier.getDeclared() != null) {
            dossier.getDeclared().applyTo(dossier.getApplicant());
        }
        LocalDateTime now = LocalDateTime.now();
        dossier.setCounter(counter);
        var handOver = new HandOver(HandOverAction.RECEIVE, dossier.getState(), DossierState.RECEIVED, now)
                .from(transitions.me(), dossier.getReceivingAgency())
                .comment(comment);
        clock.start(dossier, dossier.getCode(), dossier.getLookupSecret(), now, handOver);
        return transitions.done(dossier, handOver);
    }

    /** The counter does not accept a dossier submitted online (form 03 with the reasons); it is closed. */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier notAccept(long dossierId, int expectedVersion, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new DomainException("dossier.online.notAccept.reasonRequired");
        }
        Dossier dossier = transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.NOT_ACCEPT);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        dossier.setClosedAt(now);
        dossier.setState(DossierState.NOT_ACCEPTED);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.NOT_ACCEPT, from, DossierState.NOT_ACCEPTED, now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .comment(reasons));
    }

    /** The division head gives the dossier to an officer of the agency now in charge. */
    @Transactional
    @RequiresPermissions("dossier:assign")
    public Dossier assign(long dossierId, int expectedVersion, long officerId, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.ASSIGN);
        Officer officer = transitions.officer(officerId);
        DossierState from = dossier.getState();
        dossier.setAssignee(officer);
        dossier.setState(isLastStep(dossier) ? DossierState.PENDING_APPROVAL : DossierState.IN_PROCESS);
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
        dossier.setState(
                isLastStep(dossier)
                        ? DossierState.PENDING_APPROVAL
                        : to == null ? DossierState.RECEIVED : DossierState.IN_PROCESS);
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
        dossier.setState(lastHandler == null ? DossierState.RECEIVED : DossierState.IN_PROCESS);
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
        dossier.setState(DossierState.RECEIVED);
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
        dossier.setState(DossierState.RESULT_READY);
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
        dossier.setState(DossierState.REFUSED);
        return transitions.done(dossier, handOver.to(null, dossier.getReceivingAgency()));
    }

    /** The result is handed to the applicant (at the counter or by post); the dossier is closed. */
    @Transactional
    @RequiresPermissions("dossier:return")
    public Dossier returnResult(long dossierId, int expectedVersion, String comment) {
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.RETURN);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        dossier.setReturnedAt(now);
        dossier.setClosedAt(now);
        dossier.setState(DossierState.RETURNED);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.RETURN, from, DossierState.RETURNED, now)
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .comment(comment));
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
        dossier.setState(DossierState.WITHDRAWN);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.WITHDRAW, from, DossierState.WITHDRAWN, now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .comment(reason));
    }

    private void checkMandatoryDocuments(ProcedureVersion version, List<DocumentTick> ticks) {
        List<String> missing = version.getDocuments().stream()
                .filter(RequiredDocument::isMandatory)
                .filter(required -> ticks.stream()
                        .noneMatch(t -> t.received() && required.getId().equals(t.requiredDocumentId())))
                .map(RequiredDocument::getName)
                .toList();
        if (!missing.isEmpty()) {
            throw new DomainException("dossier.receive.missingDocuments", String.join("; ", missing));
        }
    }

    private Optional<Dossier> bySubmissionToken(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException("dossier.receive.tokenMissing");
        }
        return em.createQuery("select d from Dossier d where d.submissionToken = :token", Dossier.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
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
