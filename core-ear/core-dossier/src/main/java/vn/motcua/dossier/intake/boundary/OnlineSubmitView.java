package vn.motcua.dossier.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.intake.boundary.DossierReception.ProcedureChoice;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Application;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Scan;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Submitted;
import vn.motcua.dossier.intake.control.OnlineChecks;
import vn.motcua.dossier.printing.boundary.DossierForms;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.control.Clients;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /public/submit.xhtml}: a citizen or an organisation, not logged in, picks a procedure that can be done
 * online, says who they are, fills the procedure's form, uploads a scan for each document, and submits. The token is
 * made when the page opens: submitting it again (double click, back) shows the dossier of the first submission. Scans
 * are stored as they are chosen (checked by content and size) and held here until "submit". Uploads and submissions
 * count against the quota of the client's address ({@link vn.motcua.dossier.intake.control.OnlineQuota}). The page
 * reaches it through {@link OnlineSubmitPage}: a first visit gets an unmanaged {@link #blank} instance and no session.
 */
@Named
@ViewScoped
public class OnlineSubmitView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OnlineSubmission submission;

    @Inject
    OnlineScans scans;

    @Inject
    PluginProcedures plugins;

    @Inject
    Clients clients;

    private final String token = UUID.randomUUID().toString();

    private List<ProcedureChoice> procedures = List.of();
    private Long procedureId;
    private Long agencyId;
    private List<Place> places = List.of();
    private ProcedureVersion version;

    private final ApplicantEntry applicant = new ApplicantEntry();

    private Map<String, Object> formValues = new HashMap<>();
    private List<DocumentSlot> documents = new ArrayList<>();

    private Submitted submitted;

    /** A blank page for a first visit, outside any scope: the procedures to choose from, nothing held. */
    static OnlineSubmitView blank(OnlineSubmission submission, OnlineScans scans, PluginProcedures plugins) {
        var view = new OnlineSubmitView();
        view.submission = submission;
        view.scans = scans;
        view.plugins = plugins;
        view.blank = true;
        view.open();
        return view;
    }

    /** True for the stateless first page: choosing a procedure there opens the page of that procedure. */
    private boolean blank;

    @PostConstruct
    void open() {
        plugin = new PluginFormEntry(plugins.formFragments());
        procedures = submission.procedures();
    }

    private PluginFormEntry plugin;

    /** An agency the dossier can be submitted to (commune, department), as the citizen picks it. */
    public record Place(long id, String name) implements java.io.Serializable {}

    // --- actions ---

    /** Loads the documents and form of the procedure's version in force today; scans held so far are let go. */
    public void chooseProcedure() {
        if (blank) {
            openProcedure();
            return;
        }
        documents.forEach(d -> d.files.forEach(f -> scans.release(f.key())));
        version = null;
        documents = new ArrayList<>();
        formValues = new HashMap<>();
        plugin.clear();
        agencyId = null;
        places = List.of();
        if (procedureId == null) {
            return;
        }
        version = submission.version(procedureId);
        places = submission.places(procedureId).stream()
                .map(a -> new Place(a.getId(), a.getName()))
                .toList();
        if (places.size() == 1) {
            agencyId = places.get(0).id();
        }
        plugin.choose(submission.pluginServing(version), version.getProcedure().getNationalCode());
        for (RequiredDocument document : version.getDocuments()) {
            documents.add(new DocumentSlot(
                    document.getId(),
                    document.getName(),
                    document.getCopyKind(),
                    document.getCopies(),
                    document.isMandatory()));
        }
    }

    /** From the stateless first page: the page of the chosen procedure, which keeps state from then on. */
    private void openProcedure() {
        if (procedureId == null) {
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/public/submit.xhtml?procedure=" + procedureId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a scan for the document of its row (checked by content and size) and keeps it pending. */
    public void upload(FileUploadEvent event) {
        var slot = (DocumentSlot) event.getComponent().getAttributes().get("slot");
        var file = event.getFile();
        if (slot == null) {
            return;
        }
        if (documents.stream().mapToInt(d -> d.files.size()).sum() >= OnlineChecks.MAX_FILES) {
            Notices.error("dossier.online.file.tooMany", OnlineChecks.MAX_FILES);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            DocumentStore.Stored stored = scans.hold(file.getFileName(), in, file.getSize(), clientKey());
            slot.files.add(stored);
            Notices.info("dossier.online.file.held", stored.fileName());
        } catch (DomainException e) {
            Notices.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When "submit" is pressed, after the fields are checked: a mandatory document without a scan is reported with
     * the empty fields, so the citizen learns everything left to do at once (the submission checks it again).
     */
    public void checkScans(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().getRequestParameterMap().containsKey("submit:send")) {
            return;
        }
        String missing = documents.stream()
                .filter(d -> d.mandatory && d.files.isEmpty())
                .map(DocumentSlot::getName)
                .collect(Collectors.joining("; "));
        if (!missing.isEmpty()) {
            Notices.errorOn("submit:documents", "dossier.online.missingScans", missing);
            faces.renderResponse();
        }
    }

    public void removeFile(DocumentSlot slot, DocumentStore.Stored file) {
        if (slot.files.remove(file)) {
            scans.release(file.key());
        }
    }

    /** Submits: the code and lookup secret are shown, with the address to follow the dossier. */
    public void submit() {
        var held = new ArrayList<Scan>();
        documents.forEach(d -> d.files.forEach(f -> held.add(new Scan(f, d.requiredDocumentId))));
        var application = new Application(
                token,
                procedureId == null ? 0 : procedureId,
                applicant.toApplicant(),
                new HashMap<>(formValues),
                held,
                plugin.getDetails(),
                agencyId);
        try {
            submitted = submission.submit(application, clientKey());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // The same form submitted twice at once: the unique token lets one in; this one shows that dossier.
            submitted = submission.bySubmission(token).orElseThrow(() -> e);
        }
        Notices.info(
                submitted.repeated() ? "dossier.online.submittedBefore" : "dossier.online.submitted", submitted.code());
    }

    /** The quota key of the client of this request (the address, or the configured proxy header's). */
    private String clientKey() {
        return clients.keyOf((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** Starts another submission: a new form, a new token. */
    public String next() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    // --- state for the page ---

    public List<FormField> getFormFields() {
        return version == null ? List.of() : version.getFormFields();
    }

    public String getDocumentsHint() {
        return Notices.text("dossier.online.documents.hint", scans.maxFileBytes() / (1024 * 1024));
    }

    public String getStatutoryTime() {
        return version == null ? "" : DossierForms.statutoryTime(version.getStatutoryDays());
    }

    public String amountText(BigDecimal amount) {
        return amount == null ? "" : String.format(java.util.Locale.forLanguageTag("vi"), "%,d đ", amount.longValue());
    }

    public String sizeText(long bytes) {
        return WorkspaceTexts.size(bytes);
    }

    public String getToken() {
        return token;
    }

    public List<ProcedureChoice> getProcedures() {
        return procedures;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public ProcedureVersion getVersion() {
        return version;
    }

    public ApplicantEntry getApplicant() {
        return applicant;
    }

    public PluginFormEntry getPlugin() {
        return plugin;
    }

    public Map<String, Object> getFormValues() {
        return formValues;
    }

    public List<DocumentSlot> getDocuments() {
        return documents;
    }

    public Submitted getSubmitted() {
        return submitted;
    }

    /** A required document of the procedure and the scans held for it. */
    public static class DocumentSlot implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long requiredDocumentId;
        private final String name;
        private final CopyKind copyKind;
        private final int copies;
        private final boolean mandatory;
        private final List<DocumentStore.Stored> files = new ArrayList<>();

        DocumentSlot(long requiredDocumentId, String name, CopyKind copyKind, int copies, boolean mandatory) {
            this.requiredDocumentId = requiredDocumentId;
            this.name = name;
            this.copyKind = copyKind;
            this.copies = copies;
            this.mandatory = mandatory;
        }

        public long getRequiredDocumentId() {
            return requiredDocumentId;
        }

        public String getName() {
            return name;
        }

        public CopyKind getCopyKind() {
            return copyKind;
        }

        public int getCopies() {
            return copies;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public List<DocumentStore.Stored> getFiles() {
            return files;
        }
    }
}
