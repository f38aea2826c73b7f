package vn.motcua.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.text.Texts;

/**
 * One version of a procedure: everything an admin edits about it (headline, legal basis, documents, fees, process,
 * form). A draft may change; a published version is in force from its effective date until the next published
 * version's, and never changes again, so a dossier can pin the version in force on the day it was received.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion extends VersionPerformers {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "procedure_version_seq", sequenceName = "procedure_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Size(max = 1000)
    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @NotBlank(message = "{catalog.procedure.name.required}")
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String name;

    @NotNull(message = "{catalog.procedure.sector.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id", nullable = false)
    private Sector sector;

    @Size(max = 4000)
    @Column(name = "legal_basis", length = 4000)
    private String legalBasis;

    @Size(max = 500)
    @Column(name = "result_name", length = 500)
    private String resultName;

    /** The text of the generic result document (procedures no plugin serves); {@code null}: the default text. */
    @Size(max = 4000, message = "{catalog.procedure.resultBody.tooLong}")
    @Column(name = "result_body", length = 4000)
    private String resultBody;

    /** The signatory's title on the generic result, e.g. {@code GIÁM ĐỐC}. */
    @Size(max = 200)
    @Column(name = "result_signer", length = 200)
    private String resultSigner;

    /** The symbol after the generic result's number, e.g. {@code GP-STTTT} in {@code 12/GP-STTTT}. */
    @Size(max = 40)
    @Column(name = "result_symbol", length = 40)
    private String resultSymbol;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel = OnlineLevel.PARTIAL;

    @NotNull(message = "{catalog.procedure.days.required}")
    @DecimalMin(value = "0.5", message = "{catalog.procedure.days.range}")
    @DecimalMax(value = "365", message = "{catalog.procedure.days.range}")
    @Column(name = "statutory_days", nullable = false, precision = 6, scale = 1)
    private BigDecimal statutoryDays;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_clock", nullable = false, length = 20)
    private SupplementClock supplementClock = SupplementClock.RESUME;

    @Valid
    @OneToMany(mappedBy = "procedureVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RequiredDocument> documents = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "procedureVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Fee> fees = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "procedureVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProcessStep> steps = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "procedureVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FormField> formFields = new ArrayList<>();

    @Version
    private int version;

    protected ProcedureVersion() {}

    /** Content for a new procedure, not stored: the editor fills it, {@code create} copies it into the draft. */
    public static ProcedureVersion blank() {
        return new ProcedureVersion();
    }

    /** The first draft of a new procedure. */
    public ProcedureVersion(Procedure procedure) {
        this.procedure = procedure;
        this.number = 1;
    }

    /** A new draft, numbered after the latest, with a deep copy of everything this version says. */
    public ProcedureVersion draftNext(int nextNumber) {
        var draft = new ProcedureVersion(procedure);
        draft.number = nextNumber;
        draft.name = name;
        draft.sector = sector;
        copyPerformersTo(draft);
        draft.legalBasis = legalBasis;
        draft.resultName = resultName;
        draft.resultBody = resultBody;
        draft.resultSigner = resultSigner;
        draft.resultSymbol = resultSymbol;
        draft.onlineLevel = onlineLevel;
        draft.statutoryDays = statutoryDays;
        draft.supplementClock = supplementClock;
        draft.replaceParts(documents, fees, steps, formFields);
        return draft;
    }

    /**
     * Replaces the parts with copies of the given ones (new rows; the old ones are removed), numbering positions in
     * list order.
     */
    public void replaceParts(
            List<RequiredDocument> newDocuments,
            List<Fee> newFees,
            List<ProcessStep> newSteps,
            List<FormField> newFields) {
        documents = copies(newDocuments, RequiredDocument::copy, documents);
        fees = copies(newFees, Fee::copy, fees);
        steps = copies(newSteps, ProcessStep::copy, steps);
        formFields = copies(newFields, FormField::copy, formFields);
    }

    private <T extends VersionPart> List<T> copies(List<T> source, Function<T, T> copy, List<T> target) {
        List<T> copied = source.stream().map(copy).toList();
        target.clear();
        for (int i = 0; i < copied.size(); i++) {
            T part = copied.get(i);
            part.attach(this, i);
            target.add(part);
        }
        return target;
    }

    public void publish(LocalDate from, String by) {
        status = VersionStatus.PUBLISHED;
        effectiveFrom = from;
        publishedAt = LocalDateTime.now();
        publishedBy = by;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /** The sum of the step budgets, which must equal the statutory time. */
    public BigDecimal stepBudgetTotal() {
        return steps.stream().map(ProcessStep::getBudgetDays).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = Texts.trimToNull(changeNote);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    /**
     * The agency that decides a dossier performed by this implementing agency, the one it is counted for: the agency
     * named on the last (approving) step when another agency decides (an inter-agency chain such as "the commune
     * receives and verifies, the department decides"), otherwise the implementing agency itself.
     */
    public Agency decidingFor(Agency implementing) {
        if (!steps.isEmpty()) {
            ProcessStep last = steps.get(steps.size() - 1);
            if (last.getActing() == StepActing.NAMED_AGENCY && last.getAgency() != null) {
                return last.getAgency();
            }
        }
        return implementing;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = Texts.trimToNull(legalBasis);
    }

    public String getResultName() {
        return resultName;
    }

    public void setResultName(String resultName) {
        this.resultName = Texts.trimToNull(resultName);
    }

    public String getResultBody() {
        return resultBody;
    }

    public void setResultBody(String resultBody) {
        this.resultBody = resultBody == null || resultBody.isBlank() ? null : resultBody.strip();
    }

    public String getResultSigner() {
        return resultSigner;
    }

    public void setResultSigner(String resultSigner) {
        this.resultSigner = Texts.trimToNull(resultSigner);
    }

    public String getResultSymbol() {
        return resultSymbol;
    }

    public void setResultSymbol(String resultSymbol) {
        this.resultSymbol = Texts.trimToNull(resultSymbol);
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(OnlineLevel onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public BigDecimal getStatutoryDays() {
        return statutoryDays;
    }

    public void setStatutoryDays(BigDecimal statutoryDays) {
        this.statutoryDays = statutoryDays;
    }

    public SupplementClock getSupplementClock() {
        return supplementClock;
    }

    public void setSupplementClock(SupplementClock supplementClock) {
        this.supplementClock = supplementClock;
    }

    public List<RequiredDocument> getDocuments() {
        return documents;
    }

    public List<Fee> getFees() {
        return fees;
    }

    public List<ProcessStep> getSteps() {
        return steps;
    }

    public List<FormField> getFormFields() {
        return formFields;
    }

    public int getVersion() {
        return version;
    }
}
