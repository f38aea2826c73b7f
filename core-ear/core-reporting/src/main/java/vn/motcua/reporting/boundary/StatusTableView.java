package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.StatusWorkbook;
import vn.motcua.spi.DomainException;

/** {@code /reports/status.xhtml}: choose a period, an agency and the rows; see the table; click a figure. */
@Named
@ViewScoped
public class StatusTableView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum PeriodKind {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    @Inject
    StatusReport report;

    private List<Agency> agencies;
    private Long agencyId;
    private Grouping grouping = Grouping.AGENCY;
    private PeriodKind kind = PeriodKind.MONTH;
    private int year = LocalDate.now().getYear();
    private int month = LocalDate.now().getMonthValue();
    private int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
    private LocalDate from;
    private LocalDate to;

    private Period shown;
    private Long shownAgency;
    private Grouping shownGrouping;
    private List<StatusRow> rows;

    private Figure drillFigure;
    private Long drillKey;
    private String drillLabel;
    private final DrillModel drill = new DrillModel();
    private Long linkedAgency;
    private String linkedFigure;

    @PostConstruct
    void open() {
        agencies = report.agencies();
        if (!agencies.isEmpty()) {
            agencyId = agencies.get(0).getId();
        }
    }

    /**
     * Opened from a link of the home page ({@code ?agency=ID&figure=column}): this month's table of that agency, and
     * the dossiers behind the figure of its total row.
     */
    public void openFromLink() {
        if (linkedAgency == null) {
            return;
        }
        agencyId = linkedAgency;
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

    public void show() {
        try {
            Period period = period();
            rows = report.table(period, agencyId, grouping);
            shown = period;
            shownAgency = agencyId;
            shownGrouping = grouping;
            drillFigure = null;
        } catch (DomainException e) {
            rows = null;
            shown = null;
            drillFigure = null;
            Notices.error(e);
        }
    }

    Period period() {
        return switch (kind) {
            case MONTH -> Period.month(YearMonth.of(year, month));
            case QUARTER -> Period.quarter(year, quarter);
            case YEAR -> Period.year(year);
            case CUSTOM -> Period.days(from, to);
        };
    }

    /** Opens the list of dossiers behind a figure of a row ({@code key == null}: the total). */
    public void drill(Long key, String label, String figure) {
        drillKey = key;
        drillLabel = label == null || label.isEmpty() ? null : label; // the total: named when shown
        drillFigure = Figure.valueOf(figure.toUpperCase(Locale.ROOT));
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
        String title =
                Notices.text("reporting.status.title") + " " + shown.start().toLocalDate() + " – " + shown.lastDay();
        return DefaultStreamedContent.builder()
                .name("tinh-hinh-" + shown.start().toLocalDate() + "-" + shown.lastDay() + ".xlsx")
                .contentType(XLSX)
                .writer(out -> StatusWorkbook.table(title, table, Notices::text, out))
                .build();
    }

    /** The table as PDF, with the head of the forms. */
    public StreamedContent getPdf() {
        if (rows == null) {
            return null;
        }
        List<StatusRow> table = rows;
        Agency agency = report.agency(shownAgency);
        var heading = new vn.motcua.reporting.control.export.RegisterExports.Heading(
                agency.getParent() == null ? "" : agency.getParent().getName(),
                agency.getName(),
                Notices.text("reporting.status.heading"),
                Notices.text("reporting.register.period", DAY.format(shown.start()), DAY.format(shown.lastDay())));
        return DefaultStreamedContent.builder()
                .name("tinh-hinh-" + shown.start().toLocalDate() + "-" + shown.lastDay() + ".pdf")
                .contentType("application/pdf")
                .writer(out -> vn.motcua.reporting.control.export.StatusPdf.write(heading, table, Notices::text, out))
                .build();
    }

    /** The dossiers behind the open figure as a streamed Excel workbook, read a page at a time. */
    public StreamedContent getDrillExcel() {
        if (drillFigure == null) {
            return null;
        }
        StatusReport.Drill d = report.drill(drillFigure, shown, shownAgency, shownGrouping, drillKey);
        String title = getDrillTitle();
        return DefaultStreamedContent.builder()
                .name("ho-so-" + drillFigure.column() + ".xlsx")
                .contentType(XLSX)
                .writer(out -> StatusWorkbook.dossiers(title, d::page, Notices::text, out))
                .build();
    }

    /** The drill-down list, counted and paged in the database. */
    public class DrillModel extends LazyDataModel<DrillRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return drillFigure == null
                    ? 0
                    : (int) report.drill(drillFigure, shown, shownAgency, shownGrouping, drillKey)
                            .count();
        }

        @Override
        public List<DrillRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (drillFigure == null) {
                return List.of();
            }
            StatusReport.Drill d = report.drill(drillFigure, shown, shownAgency, shownGrouping, drillKey);
            setRowCount((int) d.count());
            return d.page(first, size);
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

    public DrillModel getDrill() {
        return drill;
    }

    public boolean isDrilling() {
        return drillFigure != null;
    }

    public List<StatusRow> getRows() {
        return rows;
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
