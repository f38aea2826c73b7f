package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;
import vn.motcua.spi.DomainException;

/** {@code /reports/performance.xhtml}: steps handed on per officer or division, and what each officer holds now. */
@Named
@ViewScoped
public class PerformanceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Performance performance;

    @Inject
    StatusReport status;

    private List<Agency> agencies;
    private Long agencyId;
    private boolean byDivision;
    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private List<Performance.Line> lines;
    private List<Performance.Holding> holdings;

    @PostConstruct
    void open() {
        agencies = status.agencies();
        if (!agencies.isEmpty()) {
            agencyId = agencies.get(0).getId();
        }
    }

    public void show() {
        try {
            lines = performance.steps(Period.days(from, to), agencyId, byDivision);
            holdings = performance.holdings(agencyId);
        } catch (DomainException e) {
            lines = null;
            holdings = null;
            Notices.error(e);
        }
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

    public List<Agency> getAgencies() {
        return agencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isByDivision() {
        return byDivision;
    }

    public void setByDivision(boolean byDivision) {
        this.byDivision = byDivision;
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
