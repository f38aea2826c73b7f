package vn.motcua.dossier.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Counter;
import vn.motcua.dossier.control.Applicants;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.printing.boundary.IssuedForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.DocumentTick;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.ReceiveRequest;
import vn.motcua.dossier.workflow.control.Transitions;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The counter refuses to receive a dossier handed in (not within competence, not acceptable): the refusal is stored
 * as a closed dossier ({@code NOT_ACCEPTED}) with a code and lookup secret for its slip, the documents shown, the
 * reasons, and form 03 printed now and kept with its files. No clock starts, no form or fee is asked for. The same
 * form submitted twice gives the first refusal.
 */
@ApplicationScoped
@RequiresPermissions("dossier:receive")
public class CounterRefusals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    ProcedureAdministration procedures;

    @Inject
    Applicants applicants;

    @Inject
    DossierCodes codes;

    @Inject
    Transitions transitions;

    @Inject
    IssuedForms issuedForms;

    /** Refuses with the reasons (one per line, printed on form 03); the refused dossier with its form 03. */
    @Transactional
    public Dossier refuse(ReceiveRequest request, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new DomainException("dossier.counter.refuse.reasonRequired");
        }
        if (request.submissionToken() == null || request.submissionToken().isBlank()) {
            throw new DomainException("dossier.receive.tokenMissing");
        }
        var earlier = em.createQuery("select d from Dossier d where d.submissionToken = :token", Dossier.class)
                .setParameter("token", request.submissionToken())
                .getResultStream()
                .findFirst();
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
                .filter(v -> v.getProcedure().isActive())
                .orElseThrow(() -> new DomainException("dossier.receive.procedureNotInForce"));

        var dossier = new Dossier(
                request.submissionToken(),
                version,
                applicants.upToDate(request.applicant()),
                Channel.COUNTER,
                counter.getAgency(),
                counter);
        for (DocumentTick tick : request.documents()) {
            dossier.addDocument(new DossierDocument(
                    tick.requiredDocumentId(), tick.name(), tick.copyKind(), tick.copies(), tick.received()));
        }
        dossier.setNote(request.note());
        dossier.notAcceptedAtCounter(codes.next(counter.getAgency(), now.toLocalDate()), DossierCodes.secret());
        dossier.setClosedAt(now);
        dossier.transition(HandOverAction.NOT_ACCEPT);
        var handOver = new HandOver(HandOverAction.NOT_ACCEPT, null, DossierState.NOT_ACCEPTED, now)
                .from(transitions.me(), counter.getAgency())
                .comment(reasons.strip());
        transitions.received(dossier, handOver);
        issuedForms.issue(dossier, FormKind.REFUSAL);
        return dossier;
    }
}
