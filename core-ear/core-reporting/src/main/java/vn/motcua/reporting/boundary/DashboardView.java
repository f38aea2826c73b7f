package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Tally;
import vn.motcua.reporting.control.export.ChartJson;

/** The home page's cards: my work; my agency this month with its charts; every agency for provincial users. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    private List<Dashboard.Waiting> waiting = List.of();
    private Long agencyId;
    private String agencyName;
    private Tally month;
    private List<DrillRow> late = List.of();
    private List<StatusRow> agencies = List.of();
    private List<StatusRow> topOverdue = List.of();
    private String monthsChart;
    private String sectorChart;
    private String monthsSummary;
    private String sectorSummary;

    @PostConstruct
    void open() {
        if (!currentUser.isSignedIn()) {
            return;
        }
        waiting = dashboard.waitingForMe();
        if (currentUser.permitted("report:view")) {
            Agency home = dashboard.homeAgency();
            if (home != null) {
                agencyId = home.getId();
                agencyName = home.getName();
                Dashboard.AgencyMonth figures = dashboard.agencyMonth(agencyId, LocalDateTime.now(), 10, 5);
                month = figures.thisMonth();
                late = figures.late();
                topOverdue = figures.topOverdue();
                chartMonths(figures.months());
                chartSectors(figures.sectors());
                agencies = figures.agencies();
            }
        }
    }

    /** Received and resolved per month: the same figures as the cards (the last month is theirs). */
    private void chartMonths(Map<YearMonth, Tally> months) {
        List<String> labels = new ArrayList<>();
        List<Number> received = new ArrayList<>();
        List<Number> resolved = new ArrayList<>();
        months.forEach((m, v) -> {
            labels.add(m.getMonthValue() + "/" + m.getYear());
            received.add(v.received());
            resolved.add(v.resolved());
        });
        List<ChartJson.Series> series = List.of(
                new ChartJson.Series(Notices.text("reporting.dashboard.received"), "#2563eb", received),
                new ChartJson.Series(Notices.text("reporting.dashboard.resolved"), "#16a34a", resolved));
        monthsChart = ChartJson.bars(labels, series, null);
        monthsSummary = ChartJson.describe(labels, series);
    }

    private void chartSectors(List<StatusRow> sectors) {
        List<String> labels = new ArrayList<>();
        List<Number> rates = new ArrayList<>();
        for (StatusRow r : sectors) {
            if (r.tally().onTimeRate() != null) {
                labels.add(r.label());
                rates.add(r.tally().onTimeRate());
            }
        }
        List<ChartJson.Series> series =
                List.of(new ChartJson.Series(Notices.text("reporting.onTimeRate"), "#16a34a", rates));
        sectorChart = ChartJson.bars(labels, series, 100);
        sectorSummary = ChartJson.describe(labels, series);
    }

    public List<Dashboard.Waiting> getWaiting() {
        return waiting;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public Tally getMonth() {
        return month;
    }

    public List<DrillRow> getLate() {
        return late;
    }

    public List<StatusRow> getAgencies() {
        return agencies;
    }

    public List<StatusRow> getTopOverdue() {
        return topOverdue;
    }

    public String getMonthsChart() {
        return monthsChart;
    }

    public String getSectorChart() {
        return sectorChart;
    }

    /** The figures of the twelve months' chart as text (its text alternative). */
    public String getMonthsSummary() {
        return monthsSummary;
    }

    /** The figures of the sectors' chart as text (its text alternative). */
    public String getSectorSummary() {
        return sectorSummary;
    }
}
