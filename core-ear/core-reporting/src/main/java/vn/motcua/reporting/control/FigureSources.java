package vn.motcua.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;

/**
 * Where a period's figures come from: its closed, frozen months from {@code report_month_row} (carried over from the
 * first of them, in progress from the last), the rest live from {@code report_dossier}. A period made of whole
 * months is split so: frozen months first, then live ones; a custom period, or one with a month not frozen between
 * frozen ones, is counted live. Each part is one grouped statement; the drill-down lists the same rows.
 */
@Stateless
public class FigureSources {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthSnapshots snapshots;

    /** The frozen months at the start of the period (maybe none) and the live rest (maybe none). */
    public record Split(YearMonth frozenFrom, YearMonth frozenTo, Period live, boolean liveFirst, boolean liveLast) {
        boolean hasFrozen() {
            return frozenFrom != null;
        }
    }

    public Split split(Period period) {
        var months = period.wholeMonths().orElse(List.of());
        if (months.isEmpty()) {
            return new Split(null, null, period, true, true);
        }
        List<Integer> frozen = snapshots.frozenBetween(months.get(0), months.get(months.size() - 1));
        int prefix = 0;
        while (prefix < months.size()
                && prefix < frozen.size()
                && frozen.get(prefix) == MonthSnapshots.key(months.get(prefix))) {
            prefix++;
        }
        if (prefix < frozen.size()) {
            return new Split(null, null, period, true, true); // a hole: count it all live
        }
        if (prefix == 0) {
            return new Split(null, null, period, true, true);
        }
        YearMonth lastFrozen = months.get(prefix - 1);
        Period live = prefix == months.size()
                ? null
                : new Period(lastFrozen.plusMonths(1).atDay(1).atStartOfDay(), period.end());
        return new Split(months.get(0), lastFrozen, live, false, live != null);
    }

    /** The figures per key of the grouping, for the agencies whose path starts with {@code rootPath}. */
    public Map<Long, Tally> figures(Period period, String rootPath, Grouping grouping, LocalDateTime now) {
        Split split = split(period);
        Map<Long, Tally> result = new HashMap<>();
        if (split.hasFrozen()) {
            merge(result, frozen(split, rootPath, grouping));
        }
        if (split.live() != null) {
            Map<Long, Tally> live = live(split.live(), rootPath, grouping, now);
            if (!split.liveFirst()) {
                live.values().forEach(t -> t.set(Figure.CARRIED_OVER, 0));
            }
            merge(result, live);
        }
        return result;
    }

    private Map<Long, Tally> frozen(Split split, String rootPath, Grouping grouping) {
        int first = MonthSnapshots.key(split.frozenFrom());
        int last = split.liveLast() ? 0 : MonthSnapshots.key(split.frozenTo());
        SqlStatement sql = new SqlStatement().add("select r." + grouping.column());
        for (Figure figure : Figure.values()) {
            if (figure == Figure.CARRIED_OVER) {
                sql.add(", sum(case when r.period_month = ? then r." + figure.column() + " else 0 end)", first);
            } else if (!figure.isFlow()) {
                sql.add(", sum(case when r.period_month = ? then r." + figure.column() + " else 0 end)", last);
            } else {
                sql.add(", sum(r." + figure.column() + ")");
            }
        }
        sql.add(
                " from report_month_row r join agency a on a.id = r.agency_id"
                        + " where r.period_month between ? and ? and a.path like ? group by r." + grouping.column(),
                first,
                MonthSnapshots.key(split.frozenTo()),
                rootPath + "%");
        return read(sql);
    }

    private Map<Long, Tally> live(Period period, String rootPath, Grouping grouping, LocalDateTime now) {
        SqlStatement sql = new SqlStatement()
                .figures(
                        "select f." + grouping.column() + ", " + ReportSql.sums()
                                + " from report_dossier f join agency a on a.id = f.agency_id where " + ReportSql.BASE,
                        period,
                        now)
                .add(" and a.path like ? group by f." + grouping.column(), rootPath + "%");
        return read(sql);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Tally> read(SqlStatement sql) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (Object[] row : (List<Object[]>) sql.query(em).getResultList()) {
            Tally tally = new Tally();
            for (Figure figure : Figure.values()) {
                Number n = (Number) row[figure.ordinal() + 1];
                tally.set(figure, n == null ? 0 : n.longValue());
            }
            tallies.put(((Number) row[0]).longValue(), tally);
        }
        return tallies;
    }

    private static void merge(Map<Long, Tally> into, Map<Long, Tally> part) {
        part.forEach((k, t) -> into.computeIfAbsent(k, x -> new Tally()).add(t));
    }

    /**
     * The ids of the dossiers behind one figure, as a sub-select ({@code select dossier_id ...}), for the agencies
     * under {@code rootPath} and, when {@code key} is given, the rows of the grouping with that key.
     */
    public SqlStatement dossiersOf(
            Figure figure, Period period, String rootPath, Grouping grouping, Long key, LocalDateTime now) {
        Split split = split(period);
        SqlStatement union = new SqlStatement();
        boolean any = false;
        if (split.hasFrozen() && (figure.isFlow() || figure == Figure.CARRIED_OVER || !split.liveLast())) {
            YearMonth from = split.frozenFrom(), to = split.frozenTo();
            if (figure == Figure.CARRIED_OVER) {
                to = from;
            } else if (!figure.isFlow()) {
                from = to;
            }
            union.add(
                    "select r.dossier_id from report_month_row r join agency a on a.id = r.agency_id"
                            + " where r.period_month between ? and ? and r." + figure.column() + " = 1"
                            + " and a.path like ?",
                    MonthSnapshots.key(from),
                    MonthSnapshots.key(to),
                    rootPath + "%");
            if (key != null) {
                union.add(" and r." + grouping.column() + " = ?", key);
            }
            any = true;
        }
        if (split.live() != null && (figure != Figure.CARRIED_OVER || split.liveFirst())) {
            if (any) {
                union.add(" union all ");
            }
            union.figures(
                            "select f.dossier_id from report_dossier f join agency a on a.id = f.agency_id where "
                                    + ReportSql.BASE + " and " + ReportSql.condition(figure),
                            split.live(),
                            now)
                    .add(" and a.path like ?", rootPath + "%");
            if (key != null) {
                union.add(" and f." + grouping.column() + " = ?", key);
            }
            any = true;
        }
        if (!any) {
            union.add("select f.dossier_id from report_dossier f where 1 = 0");
        }
        return union;
    }

    public long count(SqlStatement dossiers) {
        return ((Number) new SqlStatement()
                        .add("select count(*) from (")
                        .append(dossiers)
                        .add(") x")
                        .query(em)
                        .getSingleResult())
                .longValue();
    }

    /**
     * One page of the dossiers, in order of reception. The ids are an {@code IN (...)} condition, not a derived
     * table joined to the facts: H2 joined such a table by scanning every fact row and re-running the sub-select for
     * each (3 s for the province's overdue list of 200,000 dossiers), while {@code IN} looks the few ids up by key.
     */
    @SuppressWarnings("unchecked")
    public List<DrillRow> page(SqlStatement dossiers, int first, int size) {
        SqlStatement sql = new SqlStatement()
                .add("select f.dossier_id, f.code, p.name, ap.name, ag.name, f.received_at, f.due_at, f.ended_at,"
                        + " o.full_name, f.state from report_dossier f"
                        + " join admin_procedure p on p.id = f.procedure_id join agency ag on ag.id = f.agency_id"
                        + " join dossier d on d.id = f.dossier_id join applicant ap on ap.id = d.applicant_id"
                        + " left join officer o on o.id = f.assignee_id where f.dossier_id in (")
                .append(dossiers)
                .add(") order by f.received_at, f.dossier_id offset ? rows fetch next ? rows only", first, size);
        return ((List<Object[]>) sql.query(em).getResultList())
                .stream()
                        .map(r -> new DrillRow(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                time(r[5]),
                                time(r[6]),
                                time(r[7]),
                                (String) r[8],
                                (String) r[9]))
                        .toList();
    }

    static LocalDateTime time(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
