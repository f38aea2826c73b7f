package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.util.Callbacks;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.RegisterExports;
import vn.motcua.reporting.control.export.StatusWorkbook;
import vn.motcua.reporting.control.export.TableWorkbook;
import vn.motcua.spi.DomainException;

/**
 * What every report screen shares: the agencies of the officer's scope to choose from (the first one chosen), a
 * period of days, what was shown last (the exports and the lists follow what is on screen, not what was changed in
 * the form since), the head of the forms for an export, a streamed download, and the dossiers behind a figure,
 * counted and paged in the database. A screen says how its period is chosen ({@link #period}) and what it shows
 * ({@link #load}); an agency outside the officer's scope or a backwards period shows its message and leaves nothing
 * shown.
 */
public abstract class ReportScreen implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @Inject
    StatusReport status;

    @Inject
    ExportJobs exportJobs;

    @Inject
    CurrentUser currentUser;

    private String exportId;
    private long openedLines = -1;

    private List<Agency> agencies = List.of();
    private Long agencyId;
    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private Period shown;
    private Long shownAgency;

    @PostConstruct
    void chooseFirstAgency() {
        agencies = status.agencies();
        if (!agencies.isEmpty()) {
            agencyId = agencies.get(0).getId();
            agencyChosen();
        }
    }

    /** After the first agency was chosen on opening (e.g. to list its counters). */
    protected void agencyChosen() {}

    /** The period chosen in the form: the days from–to unless the screen offers more. */
    protected Period period() {
        return Period.days(from, to);
    }

    /** Reads what the screen shows for a period and an agency the officer may report on. */
    protected abstract void load(Period period, Long agencyId);

    /** Forgets what was shown (a refused input). */
    protected void clear() {}

    public void show() {
        try {
            Period period = period();
            status.agency(agencyId);
            load(period, agencyId);
            shown = period;
            shownAgency = agencyId;
        } catch (DomainException e) {
            shown = null;
            clear();
            Notices.error(e);
        }
    }

    /**
     * After the agency field was validated ({@code f:event type="postValidate"}): an agency the list does not offer
     * (outside the officer's scope, posted by hand) fails the field with its message beside it, and what an earlier
     * request showed goes too, so nothing is shown beside a refused choice.
     */
    public void agencyValidated(jakarta.faces.event.ComponentSystemEvent event) {
        if (event.getComponent() instanceof jakarta.faces.component.UIInput input && !input.isValid()) {
            shown = null;
            shownAgency = null;
            clear();
        }
    }

    /** The head of the forms for an export of the shown agency: its superior, its name, the title and the days. */
    protected RegisterExports.Heading heading(String titleKey) {
        Agency agency = status.agency(shownAgency);
        return new RegisterExports.Heading(
                agency.getParent() == null ? "" : agency.getParent().getName(),
                agency.getName(),
                Notices.text(titleKey),
                Notices.text("reporting.register.period", DAY.format(shown.start()), DAY.format(shown.lastDay())));
    }

    /** {@code prefix-<first day>-<last day>.<extension>} of the shown period. */
    protected String fileName(String prefix, String extension) {
        return prefix + "-" + shown.start().toLocalDate() + "-" + shown.lastDay() + "." + extension;
    }

    /** A download written straight to the response when the officer asks for it. */
    protected static StreamedContent download(
            String name, String contentType, Callbacks.SerializableConsumer<java.io.OutputStream> writer) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(contentType)
                .writer(writer)
                .build();
    }

    /** Whether an export of that many lines is written in the background rather than in the request. */
    public boolean inBackground(long lines) {
        return exportJobs.inBackground(lines);
    }

    /** Starts a long export in the background (the one before it, if any, dropped); the page polls its progress. */
    protected void exportLater(String name, String contentType, long lines, ExportJobs.Writer writer) {
        cancelExport();
        exportId = exportJobs
                .start(currentUser.require().id(), name, contentType, lines, writer)
                .id();
    }

    /** The head line of a table export: its title, the shown agency and the shown days. */
    protected String tableTitle(String titleKey) {
        RegisterExports.Heading heading = heading(titleKey);
        return heading.title() + " — " + heading.agency() + " — " + heading.period();
    }

    /** The tables as one workbook written to the response. */
    protected static StreamedContent tablesExcel(String name, List<TableWorkbook.Table> tables) {
        return download(name, XLSX, out -> TableWorkbook.write(tables, rows -> {}, out));
    }

    /** The tables as one workbook written in the background, each row moving the progress. */
    protected void tablesExcelLater(String name, List<TableWorkbook.Table> tables) {
        exportLater(
                name,
                XLSX,
                TableWorkbook.rows(tables),
                (out, progress) -> TableWorkbook.write(tables, progress::advance, out));
    }

    /** A new list of dossiers was opened: its length is counted again when asked. */
    protected void opening() {
        openedLines = -1;
    }

    /** Whether the open list of dossiers is long enough to be exported in the background (counted once). */
    public boolean isOpenedLong() {
        if (openedLines < 0) {
            StatusReport.Drill drill = opened();
            openedLines = drill == null ? 0 : drill.count();
        }
        return inBackground(openedLines);
    }

    /** The open list of dossiers as a workbook written to the response, read a page at a time. */
    protected StreamedContent openedExcel(String name, String title) {
        StatusReport.Drill drill = opened();
        return drill == null
                ? null
                : download(name, XLSX, out -> StatusWorkbook.dossiers(title, drill::page, Notices::text, out));
    }

    /** The open list of dossiers as a workbook written in the background, each page moving the progress. */
    protected void openedExcelLater(String name, String title) {
        StatusReport.Drill drill = opened();
        if (drill == null) {
            return;
        }
        java.util.Locale locale = org.omnifaces.util.Faces.getLocale();
        exportLater(
                name,
                XLSX,
                drill.count(),
                (out, progress) -> StatusWorkbook.dossiers(
                        title,
                        (first, size) -> {
                            List<DrillRow> page = drill.page(first, size);
                            progress.advance(page.size());
                            return page;
                        },
                        key -> Messages.text(locale, key),
                        out));
    }

    /** The officer's background export of this page, while kept. */
    public ExportJob getExport() {
        return exportJobs.find(exportId, currentUser).orElse(null);
    }

    /** The finished background export, sent to the officer. */
    public StreamedContent getExportFile() {
        ExportJob job = getExport();
        if (job == null || job.state() != ExportJob.State.DONE) {
            return null;
        }
        return DefaultStreamedContent.builder().name(job.fileName()).contentType(job.contentType()).stream(() -> {
                    try {
                        return job.open();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Stops the background export and deletes its file (partial or finished). */
    public void cancelExport() {
        if (exportId != null) {
            exportJobs.drop(exportId, currentUser);
            exportId = null;
        }
    }

    @PreDestroy
    void pageLeft() {
        if (exportId != null) {
            exportJobs.forget(exportId);
        }
    }

    /** The dossiers behind what the screen opened, {@code null} when nothing is open. */
    protected StatusReport.Drill opened() {
        return null;
    }

    /** The list of {@link #opened()}'s dossiers, counted and read a page at a time in the database. */
    public class Dossiers extends LazyDataModel<DrillRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            StatusReport.Drill drill = opened();
            return drill == null ? 0 : (int) drill.count();
        }

        @Override
        public List<DrillRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            StatusReport.Drill drill = opened();
            if (drill == null) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) drill.count());
            return drill.page(first, size);
        }

        @Override
        public String getRowKey(DrillRow row) {
            return String.valueOf(row.dossierId());
        }

        @Override
        public DrillRow getRowData(String key) {
            return null;
        }
    }

    protected Period shown() {
        return shown;
    }

    protected Long shownAgency() {
        return shownAgency;
    }

    public boolean isShown() {
        return shown != null;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
