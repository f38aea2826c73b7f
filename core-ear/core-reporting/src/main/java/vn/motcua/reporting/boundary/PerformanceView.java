package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;

/** {@code /reports/performance.xhtml}: steps handed on per officer or division, and what each officer holds now. */
@Named
@ViewScoped
public class PerformanceView extends ReportScreen {
    private static final long serialVersionUID = 1L;

    @Inject
    Performance performance;

    private boolean byDivision;
    private List<Performance.Line> lines;
    private List<Performance.Holding> holdings;

    @Override
    protected void load(Period period, Long agencyId) {
        lines = performance.steps(period, agencyId, byDivision);
        holdings = performance.holdings(agencyId);
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
