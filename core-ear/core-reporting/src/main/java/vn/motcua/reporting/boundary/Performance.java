package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.motcua.directory.entity.Agency;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.StepSql;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;
import vn.motcua.reporting.control.export.TableWorkbook;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Performance by officer and by division (the agency acting in the step) from the hand-overs (form 05): the steps each
 * handed on in the period, the share on time against each step's own due moment, and the working time each dossier
 * stayed with them (from the hand-over that brought it to the one that passed it on) — average and 90th percentile;
 * and what each officer holds now. Summed, sorted and paged in the database from {@code report_step} ({@link StepSql}):
 * the hand-overs are never read into memory.
 */
@ApplicationScoped
@RequiresPermissions("report:view")
@Transactional(Transactional.TxType.SUPPORTS)
public class Performance {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusReport status;

    /**
     * One row: who (officer or division), which step, and the statistics. The getters name the table's sortable
     * columns ({@link StepSql#SORTS}).
     */
    public record Line(String who, String step, StepStatistics statistics) implements Serializable {
        public String getWho() {
            return who;
        }

        public String getStep() {
            return step;
        }

        public long getHandled() {
            return statistics.handled();
        }

        public Double getOnTimeShare() {
            return statistics.onTimeShare();
        }

        public java.time.Duration getAverage() {
            return statistics.average();
        }

        public java.time.Duration getP90() {
            return statistics.percentile90();
        }
    }

    /** What an officer holds now: how many open dossiers, how many of them overdue. */
    public record Holding(long officerId, String officer, long holds, long overdue) implements Serializable {}

    /** Every group of the period, by who then step (an export: a row per officer or division and step). */
    public List<Line> steps(Period period, Long agencyId, boolean byDivision) {
        return steps(period, agencyId, byDivision, null, true, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the groups (officer or division, step) of the steps handed on in the period within the agency subtree,
     * summed, sorted ({@code sort}: a key of {@link StepSql#SORTS}, {@code null} by who) and paged in the database.
     */
    @SuppressWarnings("unchecked")
    public List<Line> steps(
            Period period, Long agencyId, boolean byDivision, String sort, boolean ascending, int first, int size) {
        Agency root = status.agency(agencyId);
        List<Object[]> rows = StepSql.page(period, root.getPath(), byDivision, sort, ascending, first, size)
                .query(em)
                .getResultList();
        return rows.stream()
                .map(r -> new Line((String) r[1], (String) r[2], StepSql.statistics(r)))
                .toList();
    }

    /** How many groups (officer or division, step) {@link #steps} has for the period and agency subtree. */
    public long stepCount(Period period, Long agencyId, boolean byDivision) {
        Agency root = status.agency(agencyId);
        return ((Number) StepSql.count(period, root.getPath(), byDivision)
                        .query(em)
                        .getSingleResult())
                .longValue();
    }

    /** The officers of the subtree holding open dossiers now, most first. */
    @SuppressWarnings("unchecked")
    public List<Holding> holdings(Long agencyId) {
        Agency root = status.agency(agencyId);
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> rows = new SqlStatement()
                .add(
                        "select o.id, o.full_name, count(*), sum(case when f.paused_at is null and f.due_at < ?"
                                + " then 1 else 0 end) from report_dossier f join officer o on o.id = f.assignee_id"
                                + " join agency a on a.id = f.agency_id where f.outcome = 'OPEN' and a.path like ?"
                                + " group by o.id, o.full_name order by count(*) desc, o.full_name",
                        now,
                        root.getPath() + "%")
                .query(em)
                .getResultList();
        return rows.stream()
                .map(r -> new Holding(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList();
    }

    /**
     * The two tables of an export: the steps handed on (who, step, how many, on-time share, average and 90th
     * percentile in working hours), then what each officer holds now ({@code text}: a message key's label).
     */
    public static List<TableWorkbook.Table> tables(
            String title, List<Line> lines, List<Holding> holdings, Function<String, String> text) {
        List<List<?>> steps = new ArrayList<>();
        for (Line line : lines) {
            StepStatistics s = line.statistics();
            steps.add(Arrays.asList(
                    line.who(),
                    line.step(),
                    s.handled(),
                    s.onTimeShare(),
                    StepStatistics.hours(s.average()),
                    StepStatistics.hours(s.percentile90())));
        }
        List<List<?>> held = new ArrayList<>();
        for (Holding h : holdings) {
            held.add(List.of(h.officer(), h.holds(), h.overdue()));
        }
        return List.of(
                new TableWorkbook.Table(
                        text.apply("reporting.performance.sheet"),
                        title,
                        List.of(
                                text.apply("reporting.performance.who"),
                                text.apply("reporting.performance.step"),
                                text.apply("reporting.performance.handled"),
                                text.apply("reporting.onTimeRate"),
                                text.apply("reporting.performance.average"),
                                text.apply("reporting.performance.p90")),
                        steps),
                new TableWorkbook.Table(
                        text.apply("reporting.performance.holdingsSheet"),
                        text.apply("reporting.performance.holdings"),
                        List.of(
                                text.apply("reporting.performance.officer"),
                                text.apply("reporting.performance.holds"),
                                text.apply("reporting.dashboard.overdue")),
                        held));
    }
}
