package vn.motcua.catalog.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import vn.motcua.catalog.control.VersionRules;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.FieldType;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.SupplementClock;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/procedure.xhtml}, the procedure editor: one version at a time (a draft is editable, a published
 * version is read-only), with tabs for the headline, documents, fees, process and form. Nothing reaches the database
 * until "save": the draft and its rows live in this view, are checked all at once (every problem listed with its
 * tab and row), and are saved in one transaction.
 */
@Named
@ViewScoped
public class ProcedureEditorView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureAdministration procedures;

    @Inject
    ReferenceLists references;

    @Inject
    TemplateFiles templates;

    @Inject
    transient Validator validator;

    private Long procedureId;
    private Long versionId;
    private boolean loaded;

    private String nationalCode;
    private ProcedureVersion version;
    private List<ProcedureVersion> versions = List.of();

    private EditorChoices choices;

    private LocalDate publishFrom;
    private Map<String, Object> preview = new HashMap<>();

    /** Called by {@code f:viewAction}: opens the requested version, the draft, or the latest version. */
    public void load() {
        if (loaded && !FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        choices = new EditorChoices(
                procedures.sectors(),
                procedures.agencyChoices(),
                procedures.roles(),
                references.active(ReferenceKind.DOCUMENT_TYPE));
        if (procedureId == null) {
            version = ProcedureVersion.blank();
            version.setStatutoryDays(BigDecimal.TEN);
            return;
        }
        versions = procedures.versions(procedureId);
        long open = versionId != null
                ? versionId
                : versions.stream()
                        .findFirst()
                        .map(ProcedureVersion::getId)
                        .orElseThrow(() -> new DomainException("catalog.procedure.notFound"));
        open(open);
    }

    private void open(long id) {
        version = procedures.version(id);
        if (!Objects.equals(version.getProcedure().getId(), procedureId)) {
            throw new DomainException("catalog.procedure.notFound");
        }
        versionId = id;
        nationalCode = version.getProcedure().getNationalCode();
        choices.canonicalise(version);
        preview = new HashMap<>();
        publishFrom = LocalDate.now().plusDays(1);
    }

    public void showVersion() {
        open(versionId);
    }

    public String save() {
        if (!checked()) {
            return null;
        }
        try {
            if (isCreating()) {
                ProcedureVersion created = procedures.create(nationalCode, version);
                Notices.info("catalog.procedure.created");
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getFlash()
                        .setKeepMessages(true);
                return "/admin/procedure?faces-redirect=true&id="
                        + created.getProcedure().getId();
            }
            procedures.saveDraft(version);
        } catch (DomainException e) {
            if (e instanceof ConcurrentChangeException) {
                open(versionId);
            }
            throw e;
        }
        open(versionId);
        versions = procedures.versions(procedureId);
        Notices.info("common.saved");
        return null;
    }

    public void publish() {
        if (!checked()) {
            return;
        }
        procedures.saveDraft(version);
        ProcedureVersion saved = procedures.version(versionId);
        procedures.publish(versionId, saved.getVersion(), publishFrom);
        versions = procedures.versions(procedureId);
        open(versionId);
        // The date as stored: open() has set the dialog's date back to its default (tomorrow) for the next version.
        Notices.info(
                "catalog.version.publishedOn",
                String.valueOf(version.getNumber()),
                version.getEffectiveFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    public void draftNext() {
        ProcedureVersion draft = procedures.draftNext(procedureId);
        versions = procedures.versions(procedureId);
        open(draft.getId());
        Notices.info("catalog.version.draftStarted", draft.getNumber());
    }

    public void discardDraft() {
        procedures.discardDraft(versionId, version.getVersion());
        versions = procedures.versions(procedureId);
        open(versions.get(0).getId());
        Notices.info("catalog.version.draftDiscarded");
    }

    /** Bean Validation and the version rules, every problem at once, each with its tab and row. */
    private boolean checked() {
        List<String> messages = EditorProblems.of(validator, version, isCreating(), nationalCode);
        var faces = FacesContext.getCurrentInstance();
        messages.forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        if (!messages.isEmpty()) {
            faces.validationFailed();
        }
        return messages.isEmpty();
    }

    // --- rows ---

    public void addDocument() {
        var document = new RequiredDocument();
        document.setCopyKind(CopyKind.ORIGINAL);
        version.getDocuments().add(document);
    }

    public void addFee() {
        version.getFees().add(new Fee(null, FeeKind.CHARGE, BigDecimal.ZERO, FeeDue.AT_RECEIPT));
    }

    public void addStep() {
        var step = new ProcessStep();
        step.setBudgetDays(new BigDecimal("0.5"));
        step.setActions(java.util.EnumSet.of(StepAction.FORWARD));
        version.getSteps().add(step);
    }

    public void addField() {
        var field = new FormField();
        field.setType(FieldType.TEXT);
        version.getFormFields().add(field);
    }

    public <T> void remove(List<T> rows, T row) {
        rows.remove(row);
    }

    public <T> void moveUp(List<T> rows, T row) {
        int at = rows.indexOf(row);
        if (at > 0) {
            Collections.swap(rows, at, at - 1);
        }
    }

    public void uploadTemplate(FileUploadEvent event) {
        var document = (RequiredDocument) event.getComponent().getAttributes().get("document");
        var file = event.getFile();
        document.setTemplate(templates.store(file.getFileName(), file.getContent()));
        Notices.info("catalog.template.uploaded", file.getFileName());
    }

    public void removeTemplate(RequiredDocument document) {
        document.setTemplate(null);
    }

    // --- state for the page ---

    public boolean isCreating() {
        return procedureId == null;
    }

    public boolean isEditable() {
        return version != null && version.isDraft();
    }

    public boolean isHasDraft() {
        return versions.stream().anyMatch(ProcedureVersion::isDraft);
    }

    public BigDecimal getStepTotal() {
        return version.getSteps().stream()
                .map(ProcessStep::getBudgetDays)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isStepTotalMatches() {
        return version.getStatutoryDays() != null && getStepTotal().compareTo(version.getStatutoryDays()) == 0;
    }

    /** "Phiên bản 2 — bản nháp" or "Phiên bản 1 — hiệu lực từ 01/01/2025". */
    public String versionLabel(ProcedureVersion ver) {
        return ver.isDraft()
                ? Notices.text("catalog.editor.versionDraft", String.valueOf(ver.getNumber()))
                : Notices.text(
                        "catalog.editor.versionPublished",
                        String.valueOf(ver.getNumber()),
                        ver.getEffectiveFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    public String days(BigDecimal days) {
        return days == null ? "" : VersionRules.plain(days);
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public ProcedureVersion getVersion() {
        return version;
    }

    public List<ProcedureVersion> getVersions() {
        return versions;
    }

    public List<Sector> getSectors() {
        return choices.sectors;
    }

    public List<Agency> getAgencies() {
        return choices.agencies;
    }

    public List<Role> getRoles() {
        return choices.roles;
    }

    public List<ReferenceItem> getDocumentTypes() {
        return choices.documentTypes;
    }

    public LocalDate getPublishFrom() {
        return publishFrom;
    }

    public void setPublishFrom(LocalDate publishFrom) {
        this.publishFrom = publishFrom;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Map<String, Object> getPreview() {
        return preview;
    }

    public OnlineLevel[] getOnlineLevels() {
        return OnlineLevel.values();
    }

    public SupplementClock[] getSupplementClocks() {
        return SupplementClock.values();
    }

    public CopyKind[] getCopyKinds() {
        return CopyKind.values();
    }

    public FeeKind[] getFeeKinds() {
        return FeeKind.values();
    }

    public FeeDue[] getFeeDues() {
        return FeeDue.values();
    }

    public StepActing[] getActings() {
        return StepActing.values();
    }

    public StepAction[] getStepActions() {
        return StepAction.values();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }
}
