package vn.motcua.dossier.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.dossier.control.Applicants;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.FormAnswers;
import vn.motcua.dossier.control.ImplementingAgency;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.printing.boundary.IssuedForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.DocumentTick;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.ReceiveRequest;
import vn.motcua.dossier.workflow.control.Transitions;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * The intake transitions of {@link DossierWorkflow}, in its transaction and under its permission checks: a dossier
 * received at a counter (code, lookup secret, clock, the implementing agency and its route), and a dossier submitted
 * online accepted or not accepted (form 03) by the counter of its receiving agency. The same form submitted twice
 * finds the dossier of the first submission.
 */
@ApplicationScoped
class DossierIntake {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    DossierCodes codes;

    @Inject
    DossierClock clock;

    @Inject
    Transitions transitions;

    @Inject
    Applicants applicants;

    @Inject
    ProcedureAdministration procedures;

    @Inject
    IssuedForms issuedForms;

    @Inject
    ImplementingAgency implementing;

    @Inject
    Performers performers;

    /** Receives a complete dossier at a counter: code, lookup secret, due date, hand-over to the first actor. */
    Dossier receive(ReceiveRequest request) {
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

    /** The counter accepts a dossier submitted online: the clock starts now, keeping the code the applicant got. */
    Dossier accept(long dossierId, int expectedVersion, Long counterId, String comment) {
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

    /** The counter does not accept a dossier submitted online: closed, form 03 issued and kept. */
    Dossier notAccept(long dossierId, int expectedVersion, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new DomainException("dossier.online.notAccept.reasonRequired");
        }
        Dossier dossier = transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.NOT_ACCEPT);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        dossier.setClosedAt(now);
        dossier.transition(HandOverAction.NOT_ACCEPT);
        transitions.done(
                dossier,
                new HandOver(HandOverAction.NOT_ACCEPT, from, dossier.getState(), now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .comment(reasons));
        issuedForms.issue(dossier, FormKind.REFUSAL);
        return dossier;
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
}
