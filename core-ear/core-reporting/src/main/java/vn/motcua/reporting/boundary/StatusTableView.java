package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.RegisterExports;
import vn.motcua.reporting.control.export.StatusPdf;
import vn.motcua.reporting.control.export.StatusWorkbook;

/** {@code /reports/status.xhtml}: choose a period, an agency and the rows; see the table; click a figure. */
@Named
@ViewScoped
public class StatusTableView extends ReportScreen {
    private static final long serialVersionUID = 1L;

    public enum PeriodKind {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    private Grouping grouping = Grouping.AGENCY;
    private PeriodKind kind = PeriodKind.MONTH;
    private int year = LocalDate.now().getYear();
    private int month = LocalDate.now().getMonthValue();
    private int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;

    private Grouping shownGrouping;
    private List<StatusRow> rows;

    private Figure drillFigure;
    private Long drillKey;
    private String drillLabel;
    private final Dossiers drill = new Dossiers();
    private long drillLines = -1;
    /** The moment the shown table was read: its drill-downs are read at the same moment, so they list its figures. */
    private LocalDateTime shownAt;
    /** The open figure's dossiers, kept for the request (the table's count, the page, the export button ask). */
    private transient StatusReport.Drill opened;

    private Long linkedAgency;
    private String linkedFigure;

    /**
     * Opened from a link of the home page ({@code ?agency=ID&figure=column}): this month's table of that agency, and
     * the dossiers behind the figure of its total row.
     */
    public void openFromLink() {
        if (linkedAgency == null) {
            return;
        }
        setAgencyId(linkedAgency);
        kind = PeriodKind.MONTH;
        show();
        if (rows != null && linkedFigure != null) {
            try {
                drill(null, null, linkedFigure);
            } catch (IllegalArgumentException e) {
                drillFigure = null; // an unknown figure in the address: the table alone
            }
        }
    }

    @Override
    protected void load(Period period, Long agencyId) {
        shownAt = LocalDateTime.now();
        rows = status.table(period, agencyId, grouping, shownAt);
        opened = null;
        shownGrouping = grouping;
        drillFigure = null;
    }

    @Override
    protected void clear() {
        rows = null;
        drillFigure = null;
        opened = null;
    }

    @Override
    protected Period period() {
        return switch (kind) {
            case MONTH -> Period.month(YearMonth.of(year, month));
            case QUARTER -> Period.quarter(year, quarter);
            case YEAR -> Period.year(year);
            case CUSTOM -> super.period();
        };
    }

    /** Opens the list of dossiers behind a figure of a row ({@code key == null}: the total). */
    public void drill(Long key, String label, String figure) {
        drillKey = key;
        drillLabel = label == null || label.isEmpty() ? null : label; // the total: named when shown
        drillFigure = Figure.valueOf(figure.toUpperCase(Locale.ROOT));
        opened = null;
        drillLines = -1;
        drill.setRowCount(0);
    }

    public String getDrillTitle() {
        if (drillFigure == null) {
            return "";
        }
        String row = drillLabel == null ? Notices.text("reporting.total") : drillLabel;
        return Notices.text("reporting.drill.title", row, figureLabel(drillFigure));
    }

    private static String figureLabel(Figure figure) {
        String text = Notices.text("reporting.figure." + figure.column());
        return switch (figure) {
            case RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE -> Notices.text("reporting.group.resolved") + " "
                    + text.toLowerCase(Locale.ROOT);
            case IN_PROGRESS_IN_TIME, IN_PROGRESS_OVERDUE -> Notices.text("reporting.group.inProgress") + " "
                    + text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    /** The table as a streamed Excel workbook. */
    public StreamedContent getExcel() {
        if (rows == null) {
            return null;
        }
        List<StatusRow> table = rows;
        String title = Notices.text("reporting.status.title") + " "
                + shown().start().toLocalDate() + " – " + shown().lastDay();
        return download(
                fileName("tinh-hinh", "xlsx"), XLSX, out -> StatusWorkbook.table(title, table, Notices::text, out));
    }

    /** The table as PDF, with the head of the forms. */
    public StreamedContent getPdf() {
        if (rows == null) {
            return null;
        }
        List<StatusRow> table = rows;
        RegisterExports.Heading heading = heading("reporting.status.heading");
        return download(fileName("tinh-hinh", "pdf"), PDF, out -> StatusPdf.write(heading, table, Notices::text, out));
    }

    /** The dossiers behind the open figure as a streamed Excel workbook, read a page at a time. */
    public StreamedContent getDrillExcel() {
        StatusReport.Drill d = opened();
        if (d == null) {
            return null;
        }
        String title = getDrillTitle();
        return download(
                "ho-so-" + drillFigure.column() + ".xlsx",
                XLSX,
                out -> StatusWorkbook.dossiers(title, d::page, Notices::text, out));
    }

    /** The open figure's dossiers are too many to write in the request: exported in the background. */
    public boolean isDrillLong() {
        if (drillLines < 0) {
            StatusReport.Drill d = opened();
            drillLines = d == null ? 0 : d.count();
        }
        return inBackground(drillLines);
    }

    public void drillExcelLater() {
        StatusReport.Drill d = opened();
        if (d == null) {
            return;
        }
        String title = getDrillTitle();
        java.util.Locale locale = org.omnifaces.util.Faces.getLocale();
        exportLater(
                "ho-so-" + drillFigure.column() + ".xlsx",
                XLSX,
                d.count(),
                (out, progress) -> StatusWorkbook.dossiers(
                        title,
                        (first, size) -> {
                            List<vn.motcua.reporting.control.DrillRow> page = d.page(first, size);
                            progress.advance(page.size());
                            return page;
                        },
                        key -> Messages.text(locale, key),
                        out));
    }

    @Override
    protected StatusReport.Drill opened() {
        if (drillFigure == null || !isShown()) {
            return null;
        }
        if (opened == null) {
            // the figure's number is the table's cell, read at the same moment: the list is not counted again
            long count = rows.stream()
                    .filter(r -> java.util.Objects.equals(r.key(), drillKey))
                    .findFirst()
                    .map(r -> r.tally().get(drillFigure))
                    .orElse(-1L);
            opened = status.drill(drillFigure, shown(), shownAgency(), shownGrouping, drillKey, shownAt, count);
        }
        return opened;
    }

    public Long getLinkedAgency() {
        return linkedAgency;
    }

    public void setLinkedAgency(Long linkedAgency) {
        this.linkedAgency = linkedAgency;
    }

    public String getLinkedFigure() {
        return linkedFigure;
    }

    public void setLinkedFigure(String linkedFigure) {
        this.linkedFigure = linkedFigure;
    }

    public Figure[] getFigures() {
        return Figure.values();
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public Dossiers getDrill() {
        return drill;
    }

    public boolean isDrilling() {
        return drillFigure != null;
    }

    public List<StatusRow> getRows() {
        return rows;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }
}
