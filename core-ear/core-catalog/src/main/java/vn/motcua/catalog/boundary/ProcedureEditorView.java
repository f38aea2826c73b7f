package vn.motcua.catalog.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

    private List<Sector> sectors;
    private List<Agency> agencies;
    private List<Role> roles;
    private List<ReferenceItem> documentTypes;

    private LocalDate publishFrom;
    private Map<String, Object> preview = new HashMap<>();

    /** Called by {@code f:viewAction}: opens the requested version, the draft, or the latest version. */
    public void load() {
        if (loaded && !FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        // Copies the editor may add to: a version's sector, agency, role or document type outside the lists (an
        // officer's scope is narrower than the deciding agency, a choice was deactivated) is still shown.
        sectors = new ArrayList<>(procedures.sectors());
        agencies = new ArrayList<>(procedures.agencyChoices());
        roles = new ArrayList<>(procedures.roles());
        documentTypes = new ArrayList<>(references.active(ReferenceKind.DOCUMENT_TYPE));
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
        canonicalise();
        preview = new HashMap<>();
        publishFrom = LocalDate.now().plusDays(1);
    }

    /** Makes the rows point at the very objects of the choice lists, so the menus show what is selected. */
    private void canonicalise() {
        version.setSector(same(sectors, version.getSector(), Sector::getId));
        version.setDecidingAgency(same(agencies, version.getDecidingAgency(), Agency::getId));
        for (ProcessStep step : version.getSteps()) {
            step.setRole(same(roles, step.getRole(), Role::getId));
            step.setAgency(same(agencies, step.getAgency(), Agency::getId));
        }
        for (RequiredDocument document : version.getDocuments()) {
            document.setDocumentType(same(documentTypes, document.getDocumentType(), ReferenceItem::getId));
        }
    }

    private static <T> T same(List<T> choices, T value, Function<T, Long> id) {
        if (value == null) {
            return null;
        }
        for (T choice : choices) {
            if (id.apply(choice).equals(id.apply(value))) {
                return choice;
            }
        }
        choices.add(value); // outside the list (deactivated, out of scope): still shown
        return value;
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
        var messages = new ArrayList<String>();
        List<ConstraintViolation<ProcedureVersion>> violations = new ArrayList<>(validator.validate(version));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<ProcedureVersion> violation : violations) {
            messages.add(where(violation.getPropertyPath()) + violation.getMessage());
        }
        boolean standardProcessComing = isCreating() && version.getSteps().isEmpty();
        for (VersionRules.Problem problem : VersionRules.check(version)) {
            if (standardProcessComing && problem.key().startsWith("catalog.rule.") && isProcessRule(problem.key())) {
                continue; // a new procedure without steps gets the standard process for its time limit
            }
            messages.add(Notices.text(problem.key(), problem.args()));
        }
        if (isCreating() && (nationalCode == null || nationalCode.isBlank())) {
            messages.add(0, Notices.text("catalog.procedure.code.required"));
        }
        var faces = FacesContext.getCurrentInstance();
        messages.forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        if (!messages.isEmpty()) {
            faces.validationFailed();
        }
        return messages.isEmpty();
    }

    private static boolean isProcessRule(String key) {
        return key.equals("catalog.rule.noSteps")
                || key.startsWith("catalog.rule.step.")
                || key.equals("catalog.rule.budgetSum");
    }

    private static String where(Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                return Notices.text(
                                "catalog.editor.row",
                                Notices.text("catalog.editor.part." + node.getName()),
                                node.getIndex() + 1)
                        + " ";
            }
        }
        return "";
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
        return sectors;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<ReferenceItem> getDocumentTypes() {
        return documentTypes;
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
