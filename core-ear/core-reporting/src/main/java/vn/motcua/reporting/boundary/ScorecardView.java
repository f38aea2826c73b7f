package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.counting.NationalScore.Score;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.TableWorkbook;

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
        opening();
    }

    /** The scores as a workbook, with each indicator's rule. */
    public StreamedContent getExcel() {
        return scores == null ? null : tablesExcel(fileName("chi-so-766", "xlsx"), tables());
    }

    /** Many rows (the configured threshold): the workbook is written in the background. */
    public boolean isExcelLong() {
        return scores != null && inBackground(ScoreIndicator.values().length);
    }

    public void excelLater() {
        if (scores != null) {
            tablesExcelLater(fileName("chi-so-766", "xlsx"), tables());
        }
    }

    private List<TableWorkbook.Table> tables() {
        return List.of(Scorecard.table(tableTitle("reporting.score.title"), scores, Notices::text));
    }

    /** The dossiers of the open number as a workbook (in the background when they are many). */
    public StreamedContent getDrillExcel() {
        return openedExcel(drillFileName(), getDrillTitle());
    }

    public void drillExcelLater() {
        openedExcelLater(drillFileName(), getDrillTitle());
    }

    private String drillFileName() {
        return "ho-so-"
                + drillIndicator.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (drillMet ? "-dat" : "-khong-dat") + ".xlsx";
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
