package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.counting.NationalScore.Score;
import vn.motcua.reporting.control.counting.Period;

/** {@code /reports/scorecard.xhtml}: the Decision 766 indicators of an agency subtree; each number lists its dossiers. */
@Named
@ViewScoped
public class ScorecardView extends ReportScreen {
    private static final long serialVersionUID = 1L;

    @Inject
    Scorecard scorecard;

    private Map<ScoreIndicator, Score> scores;
    private ScoreIndicator drillIndicator;
    private Boolean drillMet;
    private final Dossiers dossiers = new Dossiers();

    public ScorecardView() {
        setFrom(LocalDate.now().withDayOfYear(1));
    }

    @Override
    protected void load(Period period, Long agencyId) {
        scores = scorecard.scores(period, agencyId);
        drillIndicator = null;
    }

    @Override
    protected void clear() {
        scores = null;
        drillIndicator = null;
    }

    /** Lists the dossiers an indicator judges that meet it ({@code met}) or not. */
    public void drill(ScoreIndicator indicator, boolean met) {
        drillIndicator = indicator;
        drillMet = met;
    }

    @Override
    protected StatusReport.Drill opened() {
        return drillIndicator == null || !isShown()
                ? null
                : scorecard.dossiers(drillIndicator, drillMet, shown(), shownAgency());
    }

    public String getDrillTitle() {
        return drillIndicator == null
                ? ""
                : Notices.text("reporting.score." + drillIndicator.name()) + " — "
                        + Notices.text(drillMet ? "reporting.score.met" : "reporting.score.notMet");
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
}
