package vn.motcua.dossier.worklist.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.dossier.control.plugins.DossierSnapshots;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.printing.boundary.IssuedForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierPauses;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.worklist.boundary.DossierDetail.OfficerChoice;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.health.control.DatabaseUnavailable;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * Backs {@code /work/dossier.xhtml?id=N}: one dossier as the officer needs it (applicant, procedure version,
 * documents, form, fees, the hand-overs of form 05, both due dates when extended) and the actions allowed now, each
 * in a small dialog that asks only what it needs. Every action sends the version the page loaded: when someone else
 * changed the dossier meanwhile, the page reloads it and says so.
 */
@Named
@ViewScoped
public class DossierView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every action the page can offer, in the order of its buttons. */
    private static final List<HandOverAction> OFFERED = List.of(
            HandOverAction.RECEIVE,
            HandOverAction.NOT_ACCEPT,
            HandOverAction.ASSIGN,
            HandOverAction.FORWARD,
            HandOverAction.APPROVE,
            HandOverAction.SEND_BACK,
            HandOverAction.REQUEST_SUPPLEMENT,
            HandOverAction.SUPPLEMENT_RETURNED,
            HandOverAction.TRANSFER,
            HandOverAction.REQUEST_FEE,
            HandOverAction.FEE_PAID,
            HandOverAction.EXTEND,
            HandOverAction.REFUSE,
            HandOverAction.RETURN,
            HandOverAction.WITHDRAW);

    @Inject
    DossierReader reader;

    @Inject
    ActionChoices choices;

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierPauses pauses;

    @Inject
    Deadlines deadlines;

    @Inject
    DossierReception reception;

    @Inject
    PluginProcedures plugins;

    /** Actions added with the transfer and fee flow: their texts are under {@code dossier.flow.}. */
    private static final java.util.Set<HandOverAction> FLOW =
            java.util.EnumSet.of(HandOverAction.TRANSFER, HandOverAction.REQUEST_FEE, HandOverAction.FEE_PAID);

    private Long id;
    private DossierDetail detail;

    /** The plugin's details of the dossier and the fragment that shows them, when a plugin serves the procedure. */
    private Serializable pluginDetails;

    private String pluginView;

    /** The view fragment of the plugin serving this dossier's procedure, details or not (the one the page builds). */
    private String pluginFragment;

    private vn.motcua.spi.dossier.DossierSnapshot snapshot;

    private HandOverAction action;

    /** What the open action's dialog asks, new for each action. */
    private ActionForm form = new ActionForm();

    /** {@code f:viewAction}: loads the dossier, or says why not. */
    private void loadPluginDetails() {
        pluginDetails = null;
        pluginView = null;
        pluginFragment = null;
        snapshot = DossierSnapshots.of(detail.dossier());
        plugins.handler(snapshot.procedureCode()).ifPresent(h -> {
            pluginFragment = h.handler().viewFragment();
            h.handler().details(snapshot.id()).ifPresent(found -> {
                pluginDetails = found;
                pluginView = pluginFragment;
            });
        });
    }

    /**
     * The view fragment the page builds: the one of the plugin serving this dossier's procedure ({@code null}
     * without one). It is rendered only while {@link #getPluginView} is set (the plugin has details).
     */
    public String getPluginFragment() {
        return pluginFragment;
    }

    public String getPluginView() {
        return pluginView;
    }

    public Serializable getPluginDetails() {
        return pluginDetails;
    }

    public vn.motcua.spi.dossier.DossierSnapshot getSnapshot() {
        return snapshot;
    }

    public void load() {
        if (id == null) {
            Notices.error("dossier.notFound");
            return;
        }
        try {
            detail = reader.find(id);
            loadPluginDetails();
        } catch (DomainException e) {
            detail = null;
            Notices.error(e);
        }
    }

    /** Opens the dialog of an action with what it asks prefilled. */
    public void open(HandOverAction chosen) {
        action = chosen;
        form = new ActionForm();
        form.offer(
                switch (chosen) {
                    case ASSIGN -> choices.officersFor(id, false);
                    case FORWARD -> choices.officersFor(id, true);
                    default -> List.of();
                },
                chosen == HandOverAction.RECEIVE ? choices.countersFor(id) : List.of(),
                chosen == HandOverAction.TRANSFER ? choices.transferAgencies(id) : List.of(),
                chosen == HandOverAction.FEE_PAID
                        ? reception.paymentMethods().stream()
                                .map(m -> new OfficerChoice(m.getId(), m.getName()))
                                .toList()
                        : List.of());
        if (chosen == HandOverAction.RETURN) {
            form.setRecipient(detail.dossier().getApplicant().getName());
        }
        if (chosen == HandOverAction.REQUEST_SUPPLEMENT) {
            form.setMissing(detail.dossier().getDocuments().stream()
                    .map(DossierDocument::getName)
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Sends the action with the version this page loaded. */
    public void perform() {
        Dossier shown = detail.dossier();
        long dossierId = shown.getId();
        int version = shown.getVersion();
        try {
            switch (action) {
                case RECEIVE -> workflow.accept(dossierId, version, form.getCounterId(), form.getComment());
                case NOT_ACCEPT -> workflow.notAccept(dossierId, version, form.getReason());
                case ASSIGN -> {
                    if (form.getOfficerId() == null) {
                        throw new DomainException("dossier.officerRequired");
                    }
                    workflow.assign(dossierId, version, form.getOfficerId(), form.getComment());
                }
                case FORWARD -> workflow.forward(dossierId, version, form.getOfficerId(), form.getComment());
                case SEND_BACK -> {
                    if (shown.getState() == DossierState.PENDING_APPROVAL) {
                        workflow.sendBackFromApproval(dossierId, version, form.getComment());
                    } else {
                        workflow.sendBack(dossierId, version, form.getComment());
                    }
                }
                case REQUEST_SUPPLEMENT -> pauses.requestSupplement(
                        dossierId, version, form.getReason(), form.getMissing());
                case SUPPLEMENT_RETURNED -> pauses.supplementReturned(dossierId, version, form.getComment());
                case TRANSFER -> {
                    if (form.getAgencyId() == null) {
                        throw new DomainException("dossier.flow.transfer.agencyRequired");
                    }
                    workflow.transfer(dossierId, version, form.getAgencyId(), form.getComment());
                }
                case REQUEST_FEE -> pauses.requestFee(dossierId, version, form.getReason());
                case FEE_PAID -> {
                    if (form.getPaymentMethodId() == null) {
                        throw new DomainException("dossier.counter.fee.methodRequired");
                    }
                    pauses.feePaid(dossierId, version, form.getPaymentMethodId(), form.getReceiptNumber());
                }
                case APPROVE -> workflow.approve(dossierId, version, form.getComment());
                case REFUSE -> workflow.refuse(dossierId, version, form.getReason());
                case EXTEND -> pauses.extend(
                        dossierId,
                        version,
                        form.getNewDueDate() == null
                                ? null
                                : form.getNewDueDate()
                                        .atTime(deadlines
                                                .dueDates()
                                                .clock()
                                                .hours()
                                                .closing()),
                        form.getReason());
                case RETURN -> workflow.returnResult(
                        dossierId, version, form.getRecipient(), form.getTrackingNumber(), form.getComment());
                case WITHDRAW -> workflow.withdraw(dossierId, version, form.getReason());
                default -> throw new DomainException("dossier.action.notAllowed");
            }
        } catch (DomainException e) {
            if (e instanceof ConcurrentChangeException) {
                load();
                PrimeFaces.current().executeScript("PF('actionDialog').hide()");
            }
            throw e;
        }
        Notices.info("dossier.work.done", actionLabel(action), shown.getCode());
        reloadAfterCommit();
    }

    /**
     * The action has committed: a database that stops answering while the dossier is read again for the page must not
     * make the page say that nothing was saved. It keeps what it showed and says the action was done.
     */
    private void reloadAfterCommit() {
        try {
            load();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            Notices.error("dossier.work.doneNotReloaded");
        }
    }

    public boolean can(HandOverAction candidate) {
        return detail != null && detail.actions().contains(candidate);
    }

    public boolean asks(String what) {
        if (action == null) {
            return false;
        }
        return switch (what) {
            case "officer" -> action == HandOverAction.ASSIGN || action == HandOverAction.FORWARD;
            case "comment" -> switch (action) {
                case RECEIVE, ASSIGN, FORWARD, SEND_BACK, APPROVE, RETURN, SUPPLEMENT_RETURNED, TRANSFER -> true;
                default -> false;
            };
            case "reason" -> switch (action) {
                case NOT_ACCEPT, REQUEST_SUPPLEMENT, REFUSE, EXTEND, WITHDRAW, REQUEST_FEE -> true;
                default -> false;
            };
            case "missing" -> action == HandOverAction.REQUEST_SUPPLEMENT;
            case "date" -> action == HandOverAction.EXTEND;
            case "agency" -> action == HandOverAction.TRANSFER;
            case "payment" -> action == HandOverAction.FEE_PAID;
            case "counter" -> action == HandOverAction.RECEIVE
                    && !form.getCounters().isEmpty();
            case "recipient" -> action == HandOverAction.RETURN;
            case "tracking" -> action == HandOverAction.RETURN
                    && detail.dossier().getDelivery() != null
                    && detail.dossier().getDelivery().isByPost();
            default -> false;
        };
    }

    public String actionLabel(HandOverAction a) {
        if (a == HandOverAction.SEND_BACK
                && detail != null
                && detail.dossier().getState() == DossierState.PENDING_APPROVAL) {
            return Notices.text("dossier.work.sendBackFromApproval");
        }
        return Notices.text("dossier.action." + a.name());
    }

    /** The hint above the dialog's fields. */
    public String hint() {
        return action == null ? "" : Notices.text(textPrefix() + "hint." + action.name());
    }

    /** The label of the dialog's reason field. */
    public String reasonLabel() {
        return action == null ? "" : Notices.text(textPrefix() + "reason." + action.name());
    }

    private String textPrefix() {
        return FLOW.contains(action) ? "dossier.flow." : "dossier.work.";
    }

    public String remaining() {
        return detail == null
                ? ""
                : WorkspaceTexts.remaining(
                        detail.remainingWorkingDays(),
                        detail.remainingWorkingMinutes(),
                        detail.dossier().getState().isPaused());
    }

    public String urgencyClass() {
        return detail == null ? null : WorkspaceTexts.rowClass(detail.urgency());
    }

    public String moment(LocalDateTime at) {
        return WorkspaceTexts.moment(at);
    }

    public String sizeText(long bytes) {
        return WorkspaceTexts.size(bytes);
    }

    /** Officer and agency of one side of a hand-over, e.g. "Lê Thị Hoa — Sở Thông tin và Truyền thông". */
    public String party(vn.motcua.directory.entity.Officer officer, vn.motcua.directory.entity.Agency agency) {
        return WorkspaceTexts.party(officer, agency);
    }

    public String verdictSeverity(Timeliness verdict) {
        return WorkspaceTexts.severity(verdict);
    }

    public boolean isExtended() {
        return detail != null
                && !detail.dossier().getExtensions().isEmpty()
                && !detail.dossier().getDueAt().equals(detail.dossier().getOriginalDueAt());
    }

    /** The latest copy of a form issued for the dossier (02, 03, 04), for its print button; {@code null} if none. */
    public DossierFile issuedForm(FormKind kind) {
        return detail == null
                ? null
                : IssuedForms.latest(detail.dossier(), kind).orElse(null);
    }

    public List<HandOverAction> getOffered() {
        return OFFERED;
    }

    public String getVersionLabel() {
        return Notices.text(
                "dossier.work.versionNumber",
                String.valueOf(detail.dossier().getProcedureVersion().getNumber()));
    }

    public List<HandOver> getHandOvers() {
        return detail == null ? List.of() : detail.handOvers();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DossierDetail getDetail() {
        return detail;
    }

    public Dossier getDossier() {
        return detail == null ? null : detail.dossier();
    }

    public HandOverAction getAction() {
        return action;
    }

    public ActionForm getForm() {
        return form;
    }
}
