package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.counting.NationalScore.Score;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.spi.DomainException;

/** {@code /reports/scorecard.xhtml}: the Decision 766 indicators of an agency subtree; each number lists its dossiers. */
@Named
@ViewScoped
public class ScorecardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Scorecard scorecard;

    @Inject
    StatusReport status;

    private List<Agency> agencies;
    private Long agencyId;
    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now();
    private Period shown;
    private Long shownAgency;
    private Map<ScoreIndicator, Score> scores;
    private ScoreIndicator drillIndicator;
    private Boolean drillMet;
    private final Dossiers dossiers = new Dossiers();

    @PostConstruct
    void open() {
        agencies = status.agencies();
        if (!agencies.isEmpty()) {
            agencyId = agencies.get(0).getId();
        }
    }

    public void show() {
        try {
            shown = Period.days(from, to);
            scores = scorecard.scores(shown, agencyId);
            shownAgency = agencyId;
            drillIndicator = null;
        } catch (DomainException e) {
            scores = null;
            shown = null;
            Notices.error(e);
        }
    }

    /** Lists the dossiers an indicator judges that meet it ({@code met}) or not. */
    public void drill(ScoreIndicator indicator, boolean met) {
        drillIndicator = indicator;
        drillMet = met;
    }

    public String getDrillTitle() {
        return drillIndicator == null
                ? ""
                : Notices.text("reporting.score." + drillIndicator.name()) + " — "
                        + Notices.text(drillMet ? "reporting.score.met" : "reporting.score.notMet");
    }

    public class Dossiers extends LazyDataModel<DrillRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return drillIndicator == null
                    ? 0
                    : (int) scorecard
                            .dossiers(drillIndicator, drillMet, shown, shownAgency)
                            .count();
        }

        @Override
        public List<DrillRow> load(int first, int size, Map<String, SortMeta> s, Map<String, FilterMeta> f) {
            if (drillIndicator == null) {
                return List.of();
            }
            StatusReport.Drill d = scorecard.dossiers(drillIndicator, drillMet, shown, shownAgency);
            setRowCount((int) d.count());
            return d.page(first, size);
        }

        @Override
        public String getRowKey(DrillRow row) {
            return String.valueOf(row.dossierId());
        }
    }

    public ScoreIndicator[] getIndicators() {
        return ScoreIndicator.values();
    }

    public Map<ScoreIndicator, Score> getScores() {
        return scores;
    }

    public Dossiers getDossiers() {
        return dossiers;
    }

    public boolean isDrilling() {
        return drillIndicator != null;
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
