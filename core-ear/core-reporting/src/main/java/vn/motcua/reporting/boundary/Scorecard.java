package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.directory.entity.Agency;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.FigureSources;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.counting.NationalScore.Score;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.TableWorkbook;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The national scorecard (Decision 766) of an agency subtree for a period, from the live facts: each indicator as
 * met / judged, and the dossiers behind both numbers. The verdict of timeliness is recorded on each dossier's facts
 * when it ends ({@code NationalScoring}).
 */
@ApplicationScoped
@RequiresPermissions("report:view")
@Transactional(Transactional.TxType.SUPPORTS)
public class Scorecard {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusReport status;

    @Inject
    FigureSources sources;

    public Map<ScoreIndicator, Score> scores(Period period, Long agencyId) {
        Agency root = status.agency(agencyId);
        LocalDateTime now = LocalDateTime.now();
        Map<ScoreIndicator, Score> scores = new EnumMap<>(ScoreIndicator.class);
        for (ScoreIndicator indicator : ScoreIndicator.values()) {
            Object[] row = (Object[]) new SqlStatement()
                    .figures(
                            "select count(*), sum(case when " + indicator.met() + " then 1 else 0 end)"
                                    + " from report_dossier f join agency a on a.id = f.agency_id where "
                                    + indicator.base(),
                            period,
                            now)
                    .add(" and a.path like ?", root.getPath() + "%")
                    .query(em)
                    .getSingleResult();
            long of = ((Number) row[0]).longValue();
            long met = row[1] == null ? 0 : ((Number) row[1]).longValue();
            scores.put(indicator, new Score(met, of));
        }
        return scores;
    }

    /** The dossiers the indicator judges ({@code met == null}), or those that meet it or not. */
    public StatusReport.Drill dossiers(ScoreIndicator indicator, Boolean met, Period period, Long agencyId) {
        Agency root = status.agency(agencyId);
        String condition = indicator.base()
                + (met == null ? "" : met ? " and " + indicator.met() : " and not (" + indicator.met() + ")");
        SqlStatement ids = new SqlStatement()
                .figures(
                        "select f.dossier_id from report_dossier f join agency a on a.id = f.agency_id where "
                                + condition,
                        period,
                        LocalDateTime.now())
                .add(" and a.path like ?", root.getPath() + "%");
        return new StatusReport.Drill(sources, ids);
    }

    /**
     * The scores as the table of an export: per indicator its score in percent (empty when nothing was judged), the
     * dossiers that meet it, those that do not, those judged, and its rule in words ({@code text}: a message key's
     * label).
     */
    public static TableWorkbook.Table table(
            String title, Map<ScoreIndicator, Score> scores, Function<String, String> text) {
        List<List<?>> rows = new ArrayList<>();
        for (ScoreIndicator indicator : ScoreIndicator.values()) {
            Score score = scores.get(indicator);
            rows.add(Arrays.asList(
                    text.apply("reporting.score." + indicator.name()),
                    score.percent(),
                    score.met(),
                    score.of() - score.met(),
                    score.of(),
                    text.apply("reporting.score.rule." + indicator.name())));
        }
        return new TableWorkbook.Table(
                text.apply("reporting.score.sheet"),
                title,
                List.of(
                        text.apply("reporting.score.indicator"),
                        text.apply("reporting.score.value"),
                        text.apply("reporting.score.met"),
                        text.apply("reporting.score.notMet"),
                        text.apply("reporting.score.judged"),
                        text.apply("reporting.score.rule")),
                rows);
    }

    /** A page of {@link #dossiers}. */
    public List<DrillRow> page(StatusReport.Drill drill, int first, int size) {
        return drill.page(first, size);
    }
}
