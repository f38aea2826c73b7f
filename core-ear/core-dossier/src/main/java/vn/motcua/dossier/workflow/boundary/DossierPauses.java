package vn.motcua.dossier.workflow.boundary;

import static vn.motcua.dossier.control.DossierClock.currentStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierExtension;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierPause;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.PauseKind;
import vn.motcua.dossier.printing.boundary.IssuedForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.control.Transitions;
import vn.motcua.platform.text.Texts;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The transitions that stop or move a dossier's clock: the applicant is asked for a supplement (form 02) or a fee,
 * and the clock stands still until the counter records their return; or the due date is extended with an apology
 * (form 04). Each is one transaction with the same checks, hand-over record and event as every transition of
 * {@link DossierWorkflow}.
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierPauses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Transitions transitions;

    @Inject
    DossierClock clock;

    @Inject
    IssuedForms issuedForms;

    /** Asks the applicant for missing documents: the clock stops until they return; form 02 is issued and kept. */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier requestSupplement(long dossierId, int expectedVersion, String reason, String missing) {
        if (reason == null || reason.isBlank() || missing == null || missing.isBlank()) {
            throw new DomainException("dossier.supplement.reasonRequired");
        }
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.REQUEST_SUPPLEMENT);
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        dossier.addPause(new DossierPause(PauseKind.SUPPLEMENT, now, reason.strip(), missing.strip()));
        dossier.countSupplementRequest();
        dossier.setPausedAt(now);
        dossier.transition(HandOverAction.REQUEST_SUPPLEMENT);
        transitions.done(
                dossier,
                new HandOver(HandOverAction.REQUEST_SUPPLEMENT, from, dossier.getState(), now)
                        .step(currentStep(dossier).getName(), dossier.getStepDueAt(), null)
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .comment(reason));
        issuedForms.issue(dossier, FormKind.SUPPLEMENT_REQUEST);
        return dossier;
    }

    /**
     * The applicant brought the supplement: the clock runs again, the due moments moved by the time it stood still
     * (or, when the procedure says so, the full time starts again).
     */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier supplementReturned(long dossierId, int expectedVersion, String comment) {
        Dossier dossier =
                transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.SUPPLEMENT_RETURNED);
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime previousDue = dossier.getDueAt();
        clock.supplementReturned(dossier, now);
        dossier.transition(HandOverAction.SUPPLEMENT_RETURNED);
        return transitions.done(
                dossier,
                new HandOver(
                                HandOverAction.SUPPLEMENT_RETURNED,
                                DossierState.SUPPLEMENT_REQUESTED,
                                dossier.getState(),
                                now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .to(dossier.getAssignee(), dossier.getCurrentAgency())
                        .comment(
                                comment == null || comment.isBlank()
                                        ? null
                                        : comment + " (" + WorkspaceTexts.moment(previousDue) + " → "
                                                + WorkspaceTexts.moment(dossier.getDueAt()) + ")"));
    }

    /**
     * Asks the applicant to pay the fees still unpaid (before the result): the clock stops, like for a supplement,
     * until the counter records the payment.
     */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier requestFee(long dossierId, int expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("dossier.flow.fee.reasonRequired");
        }
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.REQUEST_FEE);
        List<DossierFee> unpaid =
                dossier.getFees().stream().filter(f -> !f.isPaid()).toList();
        if (unpaid.isEmpty()) {
            throw new DomainException("dossier.flow.fee.nothingDue");
        }
        LocalDateTime now = LocalDateTime.now();
        DossierState from = dossier.getState();
        String fees = unpaid.stream()
                .map(f -> f.getName() + ": " + f.getAmount().toPlainString() + " đ")
                .collect(Collectors.joining("\n"));
        dossier.addPause(new DossierPause(PauseKind.FEE, now, reason.strip(), fees));
        dossier.setPausedAt(now);
        dossier.transition(HandOverAction.REQUEST_FEE);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.REQUEST_FEE, from, dossier.getState(), now)
                        .step(currentStep(dossier).getName(), dossier.getStepDueAt(), null)
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .to(null, dossier.getReceivingAgency())
                        .comment(reason.strip()));
    }

    /**
     * The applicant paid at the counter: every unpaid fee is recorded paid (method, receipt number), and the clock
     * runs again, the due moments moved by the working time it stood still. The dossier goes back to the state it
     * was in when the payment was asked for.
     */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public Dossier feePaid(long dossierId, int expectedVersion, long paymentMethodId, String receiptNumber) {
        Dossier dossier = transitions.atReceivingCounter(dossierId, expectedVersion, HandOverAction.FEE_PAID);
        ReferenceItem method = em.find(ReferenceItem.class, paymentMethodId);
        if (method == null || method.getKind() != ReferenceKind.PAYMENT_METHOD || !method.isActive()) {
            throw new DomainException("dossier.counter.fee.methodRequired");
        }
        String receipt = Texts.trimToNull(receiptNumber);
        LocalDateTime now = LocalDateTime.now();
        for (DossierFee fee : dossier.getFees()) {
            if (!fee.isPaid()) {
                fee.paid(now, method, receipt);
            }
        }
        clock.feePaid(dossier, now);
        DossierState back = dossier.transition(HandOverAction.FEE_PAID);
        return transitions.done(
                dossier,
                new HandOver(HandOverAction.FEE_PAID, DossierState.FEE_REQUESTED, back, now)
                        .from(transitions.me(), dossier.getReceivingAgency())
                        .to(dossier.getAssignee(), dossier.getCurrentAgency())
                        .comment(method.getName() + (receipt == null ? "" : " · " + receipt)));
    }

    /** An apology and a new appointment: both dates stay on record; form 04 with the new date is issued and kept. */
    @Transactional
    @RequiresPermissions("dossier:process")
    public Dossier extend(long dossierId, int expectedVersion, LocalDateTime newDue, String reason) {
        if (reason == null || reason.isBlank() || newDue == null) {
            throw new DomainException("dossier.extend.incomplete");
        }
        Dossier dossier = transitions.actionable(dossierId, expectedVersion, HandOverAction.EXTEND);
        LocalDateTime now = LocalDateTime.now();
        if (!newDue.isAfter(dossier.getDueAt()) || !newDue.isAfter(now)) {
            throw new DomainException("dossier.extend.dateNotLater");
        }
        dossier.addExtension(new DossierExtension(dossier.getDueAt(), newDue, reason.strip(), now, transitions.me()));
        dossier.setDueAt(newDue);
        DossierState state = dossier.getState();
        dossier.transition(HandOverAction.EXTEND);
        transitions.done(
                dossier,
                new HandOver(HandOverAction.EXTEND, state, dossier.getState(), now)
                        .from(transitions.me(), dossier.getCurrentAgency())
                        .comment(reason));
        issuedForms.issue(dossier, FormKind.APOLOGY);
        return dossier;
    }
}
