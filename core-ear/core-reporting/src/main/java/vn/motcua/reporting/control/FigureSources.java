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
 * Where a period's figures come from: its closed, frozen months from {@code report_month_total} (carried over from
 * the first of them, in progress from the last), the rest live from {@code report_dossier}. A period made of whole
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
        Map<Long, Tally> result = new HashMap<>();
        sums(period, rootPath, List.of(grouping.column()), now).forEach((k, t) -> result.put(k.get(0), t));
        return result;
    }

    /** One cell of the figures: an agency's dossiers of one procedure (and its sector). */
    public record Cell(long agencyId, long sectorId, long procedureId) {}

    /**
     * The figures per agency, sector and procedure: every grouping of the status table at once (summed up by the
     * caller), from one statement per source instead of one per grouping.
     */
    public Map<Cell, Tally> cells(Period period, String rootPath, LocalDateTime now) {
        Map<Cell, Tally> result = new HashMap<>();
        sums(period, rootPath, List.of("agency_id", "sector_id", "procedure_id"), now)
                .forEach((k, t) -> result.put(new Cell(k.get(0), k.get(1), k.get(2)), t));
        return result;
    }

    /** The figures per value of {@code keys} (columns of the facts and of the frozen totals alike). */
    private Map<List<Long>, Tally> sums(Period period, String rootPath, List<String> keys, LocalDateTime now) {
        Split split = split(period);
        Map<List<Long>, Tally> result = new HashMap<>();
        if (split.hasFrozen()) {
            merge(result, frozen(split, rootPath, keys));
        }
        if (split.live() != null) {
            Map<List<Long>, Tally> live = live(split.live(), rootPath, keys, now);
            if (!split.liveFirst()) {
                live.values().forEach(t -> t.set(Figure.CARRIED_OVER, 0));
            }
            merge(result, live);
        }
        return result;
    }

    /** From the frozen months' totals per agency, procedure and sector ({@code report_month_total}). */
    private Map<List<Long>, Tally> frozen(Split split, String rootPath, List<String> keys) {
        int first = MonthSnapshots.key(split.frozenFrom());
        int last = split.liveLast() ? 0 : MonthSnapshots.key(split.frozenTo());
        String columns = columns("r.", keys);
        SqlStatement sql = new SqlStatement().add("select " + columns);
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
                " from report_month_total r join agency a on a.id = r.agency_id"
                        + " where r.period_month between ? and ? and a.path like ? group by " + columns,
                first,
                MonthSnapshots.key(split.frozenTo()),
                rootPath + "%");
        return read(sql, keys.size());
    }

    private Map<List<Long>, Tally> live(Period period, String rootPath, List<String> keys, LocalDateTime now) {
        String columns = columns("f.", keys);
        SqlStatement sql = new SqlStatement()
                .figures(
                        "select " + columns + ", " + ReportSql.sums()
                                + " from report_dossier f join agency a on a.id = f.agency_id where " + ReportSql.BASE,
                        period,
                        now)
                .add(" and a.path like ? group by " + columns, rootPath + "%");
        return read(sql, keys.size());
    }

    private static String columns(String alias, List<String> keys) {
        return String.join(", ", keys.stream().map(k -> alias + k).toList());
    }

    @SuppressWarnings("unchecked")
    private Map<List<Long>, Tally> read(SqlStatement sql, int keys) {
        Map<List<Long>, Tally> tallies = new HashMap<>();
        for (Object[] row : (List<Object[]>) sql.query(em).getResultList()) {
            Tally tally = new Tally();
            for (Figure figure : Figure.values()) {
                Number n = (Number) row[figure.ordinal() + keys];
                tally.set(figure, n == null ? 0 : n.longValue());
            }
            Long[] key = new Long[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = ((Number) row[i]).longValue();
            }
            tallies.put(List.of(key), tally);
        }
        return tallies;
    }

    private static <K> void merge(Map<K, Tally> into, Map<K, Tally> part) {
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
     * The page's ids are chosen first, from the facts alone (the figure's ids, each one's reception moment by key,
     * sorted, the page kept); only those few rows are joined to the dossier, applicant, procedure, agency and
     * officer — not every dossier of the figure before the sort threw all but a page away.
     */
    @SuppressWarnings("unchecked")
    public List<DrillRow> page(SqlStatement dossiers, int first, int size) {
        SqlStatement sql = new SqlStatement()
                .add("select f.dossier_id, f.code, p.name, ap.name, ag.name, f.received_at, f.due_at, f.ended_at,"
                        + " o.full_name, f.state from report_dossier f"
                        + " join admin_procedure p on p.id = f.procedure_id join agency ag on ag.id = f.agency_id"
                        + " join dossier d on d.id = f.dossier_id join applicant ap on ap.id = d.applicant_id"
                        + " left join officer o on o.id = f.assignee_id where f.dossier_id in"
                        + " (select x.dossier_id from report_dossier x where x.dossier_id in (")
                .append(dossiers)
                .add(
                        ") order by x.received_at, x.dossier_id offset ? rows fetch next ? rows only)"
                                + " order by f.received_at, f.dossier_id",
                        first,
                        size);
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
