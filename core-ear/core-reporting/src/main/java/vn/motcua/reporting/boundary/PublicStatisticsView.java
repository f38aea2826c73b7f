package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /public/statistics.xhtml}: stateless, no session; {@code ?month=2026-11}, else this month. */
@Named
@RequestScoped
public class PublicStatisticsView {

    @Inject
    PublicStatistics statistics;

    private String month;
    private PublicStatistics.Month figures;

    /** {@code f:viewAction}: counts (or takes from the cache) and lets browsers and proxies keep it five minutes. */
    public void load() {
        YearMonth chosen;
        try {
            chosen = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            chosen = YearMonth.now();
        }
        figures = statistics.month(chosen);
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .setResponseHeader("Cache-Control", figures.frozen() ? "public, max-age=86400" : "public, max-age=300");
    }

    public List<YearMonth> getMonths() {
        return statistics.months();
    }

    public PublicStatistics.Month getFigures() {
        return figures;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
