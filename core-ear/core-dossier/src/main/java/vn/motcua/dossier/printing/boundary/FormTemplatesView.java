package vn.motcua.dossier.printing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.printing.control.TemplateProblem;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/form-templates.xhtml}: forms 01-05 with the template in force and the next one scheduled,
 * every stored version, links to download a text or preview it as PDF ({@link FormTemplateServlet}), and the upload
 * of a new version: the file is checked as soon as it is chosen (every problem listed by line when it is broken), and
 * stored from the chosen date when the admin saves.
 */
@Named
@ViewScoped
public class FormTemplatesView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    FormTemplates templates;

    private List<FormTemplates.FormRow> forms;
    private List<FormTemplates.VersionRow> versions;

    private FormKind kind;
    private LocalDate effectiveFrom;
    private String fileName;
    /** The checked file waiting for "save" (at most {@link FormTemplates#MAX_BYTES}). */
    private byte[] pending;

    private List<TemplateProblem> problems = List.of();

    /** {@code f:viewAction}: loads the lists (and refuses a visitor without {@code dossier:template:view}). */
    public void load() {
        forms = templates.forms();
        versions = templates.versions();
    }

    /** Opens the upload dialog for one form, in force from tomorrow unless changed. */
    public void prepare(FormKind chosen) {
        kind = chosen;
        effectiveFrom = LocalDate.now().plusDays(1);
        fileName = null;
        pending = null;
        problems = List.of();
    }

    /** The chosen file, read and checked at once: held for {@link #save} when it can be used, else every problem. */
    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        pending = null;
        problems = List.of();
        byte[] content = event.getFile().getContent();
        try {
            problems = templates.check(kind, templates.read(content));
        } catch (DomainException e) {
            Notices.error(e);
            return;
        }
        if (!problems.isEmpty()) {
            Notices.error("dossier.template.refused", fileName, String.valueOf(problems.size()));
            return;
        }
        pending = content;
        Notices.info("dossier.template.checked", fileName);
    }

    /** Stores the checked file as the form's next version from the chosen date (checked again, stored whole). */
    public void save() {
        if (pending == null) {
            Notices.error("dossier.template.fileRequired");
            return;
        }
        FormTemplates.VersionRow stored = templates.add(kind, effectiveFrom, pending);
        Notices.info(
                "dossier.template.stored",
                kind.number(),
                String.valueOf(stored.version()),
                stored.effectiveFrom().format(DAY));
        kind = null;
        pending = null;
        load();
        PrimeFaces.current().executeScript("PF('uploadDialog').hide()");
    }

    public boolean isReady() {
        return pending != null;
    }

    /** "Phiên bản 2, từ 01/12/2026", or "Mẫu mặc định" for none (the built-in template). */
    public String versionFrom(FormTemplates.VersionRow row) {
        return row == null
                ? Notices.text("dossier.template.builtIn")
                : Notices.text("dossier.template.versionFrom", String.valueOf(row.version()), day(row.effectiveFrom()));
    }

    public String uploadTitle() {
        return kind == null ? "" : Notices.text("dossier.template.uploadFor", kind.number());
    }

    public String problemsTitle() {
        return Notices.text("dossier.template.problems", fileName, String.valueOf(problems.size()));
    }

    /** A problem with its line, e.g. "Dòng 7: trường …". */
    public String problem(TemplateProblem problem) {
        return problem.line() > 0
                ? Notices.text("dossier.template.line", String.valueOf(problem.line())) + ": " + problem.message()
                : problem.message();
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    public String moment(LocalDateTime at) {
        return WorkspaceTexts.moment(at);
    }

    public String statusSeverity(FormTemplates.Status status) {
        return switch (status) {
            case IN_FORCE -> "success";
            case SCHEDULED -> "info";
            case SUPERSEDED -> "secondary";
        };
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public long getMaxBytes() {
        return FormTemplates.MAX_BYTES;
    }

    public List<FormTemplates.FormRow> getForms() {
        return forms;
    }

    public List<FormTemplates.VersionRow> getVersions() {
        return versions;
    }

    public FormKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getFileName() {
        return fileName;
    }

    public List<TemplateProblem> getProblems() {
        return problems;
    }
}
