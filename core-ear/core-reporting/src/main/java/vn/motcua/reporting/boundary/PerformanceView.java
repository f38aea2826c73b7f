package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.motcua.platform.faces.KeyedLazyModel;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;
import vn.motcua.reporting.control.export.TableWorkbook;

/** {@code /reports/performance.xhtml}: steps handed on per officer or division, and what each officer holds now. */
@Named
@ViewScoped
public class PerformanceView extends ReportScreen {
    private static final long serialVersionUID = 1L;

    @Inject
    Performance performance;

    private boolean byDivision;
    private boolean shownByDivision;
    private Period shownPeriod;
    private Long shownAgencyId;
    private long lineCount;
    private final Lines lines = new Lines();
    private List<Performance.Holding> holdings;

    @Override
    protected void load(Period period, Long agencyId) {
        lineCount = performance.stepCount(period, agencyId, byDivision);
        holdings = performance.holdings(agencyId);
        shownPeriod = period;
        shownAgencyId = agencyId;
        shownByDivision = byDivision;
    }

    /** The groups of the shown period (officer or division, step), counted, sorted and read a page at a time. */
    public class Lines extends KeyedLazyModel<Performance.Line> {
        private static final long serialVersionUID = 1L;

        Lines() {
            super(l -> l.who() + "|" + l.step());
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return shownPeriod == null ? 0 : (int) lineCount;
        }

        @Override
        public List<Performance.Line> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            if (shownPeriod == null) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) lineCount);
            Sort sort = sort(sortBy);
            return performance.steps(
                    shownPeriod, shownAgencyId, shownByDivision, sort.field(), sort.ascending(), first, size);
        }
    }

    /** Both tables as one workbook: the steps handed on, then what each officer holds. */
    public StreamedContent getExcel() {
        return holdings == null ? null : tablesExcel(excelName(), tables());
    }

    /** Many rows (the configured threshold): the workbook is written in the background. */
    public boolean isExcelLong() {
        return holdings != null && inBackground(lineCount + holdings.size());
    }

    public void excelLater() {
        if (holdings != null) {
            tablesExcelLater(excelName(), tables());
        }
    }

    private String excelName() {
        return fileName(shownByDivision ? "ket-qua-xu-ly-theo-phong" : "ket-qua-xu-ly-theo-can-bo", "xlsx");
    }

    private List<TableWorkbook.Table> tables() {
        // the groups are summed in the database: one row per officer or division and step, never the hand-overs
        return Performance.tables(
                tableTitle("reporting.performance.title"),
                performance.steps(shownPeriod, shownAgencyId, shownByDivision),
                holdings,
                Notices::text);
    }

    @Override
    protected void clear() {
        shownPeriod = null;
        lineCount = 0;
        holdings = null;
    }

    public double hours(java.time.Duration d) {
        return StepStatistics.hours(d);
    }

    /** The table of groups, {@code null} while nothing is shown. */
    public Lines getLines() {
        return shownPeriod == null ? null : lines;
    }

    public List<Performance.Holding> getHoldings() {
        return holdings;
    }

    public boolean isByDivision() {
        return byDivision;
    }

    public void setByDivision(boolean byDivision) {
        this.byDivision = byDivision;
    }
}
