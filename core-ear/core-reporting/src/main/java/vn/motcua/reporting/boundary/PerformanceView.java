package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;
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
    private List<Performance.Line> lines;
    private List<Performance.Holding> holdings;

    @Override
    protected void load(Period period, Long agencyId) {
        lines = performance.steps(period, agencyId, byDivision);
        holdings = performance.holdings(agencyId);
        shownByDivision = byDivision;
    }

    /** Both tables as one workbook: the steps handed on, then what each officer holds. */
    public StreamedContent getExcel() {
        return lines == null ? null : tablesExcel(excelName(), tables());
    }

    /** Many rows (the configured threshold): the workbook is written in the background. */
    public boolean isExcelLong() {
        return lines != null && inBackground((long) lines.size() + holdings.size());
    }

    public void excelLater() {
        if (lines != null) {
            tablesExcelLater(excelName(), tables());
        }
    }

    private String excelName() {
        return fileName(shownByDivision ? "ket-qua-xu-ly-theo-phong" : "ket-qua-xu-ly-theo-can-bo", "xlsx");
    }

    private List<TableWorkbook.Table> tables() {
        return Performance.tables(tableTitle("reporting.performance.title"), lines, holdings, Notices::text);
    }

    @Override
    protected void clear() {
        lines = null;
        holdings = null;
    }

    public double hours(java.time.Duration d) {
        return StepStatistics.hours(d);
    }

    public List<Performance.Line> getLines() {
        return lines;
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
