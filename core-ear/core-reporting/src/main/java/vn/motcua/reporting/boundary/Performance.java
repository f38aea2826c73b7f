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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.directory.entity.Agency;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;
import vn.motcua.reporting.control.export.TableWorkbook;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Performance by officer and by division (the agency acting in the step) from the hand-overs (form 05): the steps each
 * handed on in the period, the share on time against each step's own due moment, and the working time each dossier
 * stayed with them (from the hand-over that brought it to the one that passed it on) — average and 90th percentile;
 * and what each officer holds now. One query per table, read in one pass.
 */
@ApplicationScoped
@RequiresPermissions("report:view")
@Transactional(Transactional.TxType.SUPPORTS)
public class Performance {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusReport status;

    @Inject
    Deadlines deadlines;

    /** One row: who (officer or division), which step, and the statistics. */
    public record Line(String who, String step, StepStatistics statistics) implements Serializable {}

    /** What an officer holds now: how many open dossiers, how many of them overdue. */
    public record Holding(long officerId, String officer, long holds, long overdue) implements Serializable {}

    /** By officer ({@code byDivision} false) or by the agency acting in the step. */
    @SuppressWarnings("unchecked")
    public List<Line> steps(Period period, Long agencyId, boolean byDivision) {
        Agency root = status.agency(agencyId);
        var clock = deadlines.dueDates().clock();
        List<Object[]> rows = new SqlStatement()
                .add(
                        "select " + (byDivision ? "a.name" : "o.full_name") + ", h.step_name, h.verdict, p.handed_at,"
                                + " h.handed_at from hand_over h"
                                + " join hand_over p on p.dossier_id = h.dossier_id and p.position = h.position - 1"
                                + " join agency a on a.id = h.from_agency_id"
                                + " join officer o on o.id = h.from_officer_id"
                                + " where h.step_name is not null and h.handed_at >= ? and h.handed_at < ?"
                                + " and a.path like ?",
                        period.start(),
                        period.end(),
                        root.getPath() + "%")
                .query(em)
                .getResultList();
        Map<String, Map<String, StepStatistics>> byWho = new TreeMap<>();
        for (Object[] r : rows) {
            LocalDateTime from = time(r[3]);
            LocalDateTime to = time(r[4]);
            byWho.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .computeIfAbsent((String) r[1], k -> new StepStatistics())
                    .add(clock.between(from, to), r[2] == null ? null : Timeliness.valueOf((String) r[2]));
        }
        List<Line> lines = new ArrayList<>();
        byWho.forEach((who, steps) -> steps.forEach((step, s) -> lines.add(new Line(who, step, s))));
        return lines;
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

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
