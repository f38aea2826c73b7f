package vn.motcua.dossier.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.directory.entity.Counter;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.intake.boundary.DossierReception.CounterReceipt;
import vn.motcua.dossier.intake.boundary.DossierReception.PendingFile;
import vn.motcua.dossier.intake.boundary.DossierReception.ProcedureChoice;
import vn.motcua.dossier.intake.boundary.DossierReception.Received;
import vn.motcua.dossier.printing.boundary.DossierForms;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.ReceiveRequest;
import vn.motcua.platform.faces.KeyboardFocus;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /counter/receive.xhtml}: the counter officer checks a dossier handed in at the counter against the
 * procedure in force today and receives it, or prints a supplement request (form 02) when mandatory documents are
 * missing. The submission token is made when the form opens: submitting it again (double click, back) shows the
 * dossier of the first submission. Scans are stored as they are chosen and held here as pending until "receive".
 */
@Named
@ViewScoped
public class CounterReceiveView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    DossierReception reception;

    @Inject
    DossierForms forms;

    @Inject
    PluginProcedures plugins;

    private final String token = UUID.randomUUID().toString();

    private List<Counter> counters = List.of();
    private Long counterId;

    private List<ProcedureChoice> procedures = List.of();
    private Long procedureId;
    private final ReceiptChecklist checklist = new ReceiptChecklist();

    private final ApplicantEntry applicant = new ApplicantEntry();
    private boolean applicantKnown;

    private List<ReferenceItem> paymentMethods = List.of();
    private final CounterScans scans = new CounterScans();
    private String note;
    private String supplementReason;
    private String refusalReasons;
    private boolean refused;
    private List<ReferenceItem> deliveryMethods = List.of();
    private Long deliveryMethodId;

    private Received received;

    private PluginFormEntry plugin;

    @PostConstruct
    void open() {
        plugin = new PluginFormEntry(plugins.formFragments());
        counters = reception.counters();
        if (counters.size() == 1) {
            counterId = counters.get(0).getId();
        }
        procedures = reception.proceduresInForce();
        paymentMethods = reception.paymentMethods();
        deliveryMethods = reception.deliveryMethods();
        if (!deliveryMethods.isEmpty()) {
            deliveryMethodId = deliveryMethods.get(0).getId();
        }
    }

    // --- actions ---

    /** Brings up a known applicant by ID number or tax code, or says that a new one is being entered. */
    public void findApplicant() {
        var known = reception.applicant(applicant.getKind(), applicant.getIdNumber());
        applicantKnown = known.isPresent();
        known.ifPresentOrElse(
                a -> {
                    applicant.show(a);
                    Notices.info("dossier.counter.applicant.found", a.getName());
                },
                () -> Notices.info("dossier.counter.applicant.new"));
    }

    /** Loads the documents, form and fees of the procedure's version in force today. */
    public void chooseProcedure() {
        checklist.clear();
        scans.setFileDocumentId(null);
        plugin.clear();
        if (procedureId == null) {
            return;
        }
        ProcedureVersion version = reception.versionInForce(procedureId);
        List<OnlineSubmitView.Place> agencies = counterId == null
                ? List.of()
                : reception.implementingAgencies(procedureId, counterId).stream()
                        .map(a -> new OnlineSubmitView.Place(a.getId(), a.getName()))
                        .toList();
        checklist.load(version, agencies);
        plugin.choose(reception.pluginServing(version), version.getProcedure().getNationalCode());
    }

    /** Stores a scan right away (checked by content and size) and keeps it pending for this dossier. */
    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            var stored = reception.hold(file.getFileName(), in);
            scans.hold(stored);
            Notices.info("dossier.counter.file.held", stored.fileName());
        } catch (DomainException e) {
            Notices.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeFile(PendingFile file) {
        scans.remove(file);
        reception.release(file.stored().key());
    }

    /** Receives the dossier: code, lookup secret and due date are shown, with the receipt (form 01) to print. */
    public void receive() {
        var request = request();
        var payments = CounterFeeLine.payments(checklist.getFees());
        try {
            received = reception.receive(
                    new CounterReceipt(request, scans.pending(), payments, plugin.getDetails(), deliveryMethodId));
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // The same form submitted twice at once: the unique token lets one in; this one shows that dossier.
            received = reception.bySubmission(token).orElseThrow(() -> e);
        }
        Notices.info(
                received.repeated() ? "dossier.counter.receivedBefore" : "dossier.counter.received", received.code());
        KeyboardFocus.on("receive:printReceipt");
    }

    /**
     * Refuses to receive (not within competence, not acceptable): the refusal is stored with its reasons and form 03,
     * which the page then offers to print. The same form refused twice shows the first refusal.
     */
    public void refuse() {
        try {
            received = reception.refuse(request(), refusalReasons);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            received = reception.bySubmission(token).orElseThrow(() -> e);
        }
        refused = true;
        Notices.info("dossier.counter.refused", received.code());
        KeyboardFocus.on("receive:printRefusal");
    }

    private ReceiveRequest request() {
        return new ReceiveRequest(
                token,
                procedureId == null ? 0 : procedureId,
                counterId == null ? 0 : counterId,
                applicant.toApplicant(),
                checklist.documentTicks(),
                checklist.formData(),
                note,
                checklist.getDecidingAgencyId());
    }

    /** Form 02 for the documents still missing: printed instead of receiving, no dossier is stored. */
    public StreamedContent getSupplementRequest() {
        byte[] pdf = forms.supplementRequest(new DossierForms.SupplementDraft(
                counterId == null ? 0 : counterId,
                applicant.toApplicant(),
                checklist.getVersion() == null ? null : checklist.getVersion().getName(),
                checklist.getMissing().stream().map(CounterTick::getName).toList(),
                supplementReason == null || supplementReason.isBlank()
                        ? Notices.text("dossier.counter.supplement.defaultReason")
                        : supplementReason));
        return DefaultStreamedContent.builder()
                .name("mau-02-yeu-cau-bo-sung.pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /** Starts the next dossier: a new form, a new token. */
    public String next() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    // --- state for the page ---

    public String getDueText() {
        return received == null || received.dueAt() == null ? "" : DUE.format(received.dueAt());
    }

    public String getMaxFileMegabytes() {
        return Long.toString(reception.maxFileBytes() / (1024 * 1024));
    }

    public String getToken() {
        return token;
    }

    public List<Counter> getCounters() {
        return counters;
    }

    public Long getCounterId() {
        return counterId;
    }

    public void setCounterId(Long counterId) {
        this.counterId = counterId;
    }

    public List<ProcedureChoice> getProcedures() {
        return procedures;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public ReceiptChecklist getChecklist() {
        return checklist;
    }

    public CounterScans getScans() {
        return scans;
    }

    public ApplicantEntry getApplicant() {
        return applicant;
    }

    public PluginFormEntry getPlugin() {
        return plugin;
    }

    public boolean isApplicantKnown() {
        return applicantKnown;
    }

    public List<ReferenceItem> getPaymentMethods() {
        return paymentMethods;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSupplementReason() {
        return supplementReason;
    }

    public void setSupplementReason(String supplementReason) {
        this.supplementReason = supplementReason;
    }

    public Received getReceived() {
        return received;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getRefusalReasons() {
        return refusalReasons;
    }

    public void setRefusalReasons(String refusalReasons) {
        this.refusalReasons = refusalReasons;
    }

    public List<ReferenceItem> getDeliveryMethods() {
        return deliveryMethods;
    }

    public Long getDeliveryMethodId() {
        return deliveryMethodId;
    }

    public void setDeliveryMethodId(Long deliveryMethodId) {
        this.deliveryMethodId = deliveryMethodId;
    }
}
