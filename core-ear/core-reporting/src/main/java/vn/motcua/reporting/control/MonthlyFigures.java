package vn.motcua.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;

/**
 * The whole status-table figures of each month of a run of months, for an agency subtree: what the status table
 * says for each of those months on its own (a frozen month from {@code report_month_total}, the others live from
 * {@code report_dossier} with the same {@link ReportSql} conditions). Two statements whatever the number of months:
 * one grouped by month over the frozen rows, one over the facts with a {@code SUM(CASE ...)} per live month and
 * figure. The dashboard's cards and its twelve-month chart both read this, so they cannot disagree.
 */
@Stateless
public class MonthlyFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthSnapshots snapshots;

    /** Each month from {@code first} to {@code last} (included) that has begun by {@code now}, in order. */
    public Map<YearMonth, Tally> months(YearMonth first, YearMonth last, String rootPath, LocalDateTime now) {
        Map<YearMonth, Tally> result = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last) && m.atDay(1).atStartOfDay().isBefore(now); m = m.plusMonths(1)) {
            result.put(m, new Tally());
        }
        if (result.isEmpty()) {
            return result;
        }
        Set<YearMonth> frozen = new HashSet<>();
        snapshots.frozenBetween(first, last).forEach(k -> frozen.add(MonthSnapshots.month(k)));
        frozen.retainAll(result.keySet());
        if (!frozen.isEmpty()) {
            readFrozen(result, first, last, rootPath);
        }
        List<YearMonth> live =
                result.keySet().stream().filter(m -> !frozen.contains(m)).toList();
        if (!live.isEmpty()) {
            readLive(result, live, rootPath, now);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private void readFrozen(Map<YearMonth, Tally> result, YearMonth first, YearMonth last, String rootPath) {
        SqlStatement sql = new SqlStatement().add("select r.period_month");
        for (Figure figure : Figure.values()) {
            sql.add(", sum(r." + figure.column() + ")");
        }
        sql.add(
                " from report_month_total r join agency a on a.id = r.agency_id"
                        + " where r.period_month between ? and ? and a.path like ? group by r.period_month",
                MonthSnapshots.key(first),
                MonthSnapshots.key(last),
                rootPath + "%");
        for (Object[] row : (List<Object[]>) sql.query(em).getResultList()) {
            Tally tally = result.get(MonthSnapshots.month(((Number) row[0]).intValue()));
            if (tally != null) {
                for (Figure figure : Figure.values()) {
                    tally.set(figure, number(row[figure.ordinal() + 1]));
                }
            }
        }
    }

    /** One row: for each live month, each figure's {@code SUM(CASE ...)}, its rows bound to that month. */
    private void readLive(Map<YearMonth, Tally> result, List<YearMonth> live, String rootPath, LocalDateTime now) {
        SqlStatement sql = new SqlStatement().add("select ");
        String separator = "";
        for (YearMonth month : live) {
            for (Figure figure : Figure.values()) {
                sql.add(separator)
                        .figures(
                                "sum(case when " + ReportSql.BASE + " and " + ReportSql.condition(figure)
                                        + " then 1 else 0 end)",
                                Period.month(month),
                                now);
                separator = ", ";
            }
        }
        Period span = new Period(
                live.get(0).atDay(1).atStartOfDay(),
                live.get(live.size() - 1).plusMonths(1).atDay(1).atStartOfDay());
        sql.figures(" from report_dossier f join agency a on a.id = f.agency_id where " + ReportSql.BASE, span, now)
                .add(" and a.path like ?", rootPath + "%");
        Object[] row = (Object[]) sql.query(em).getSingleResult();
        int column = 0;
        for (YearMonth month : live) {
            Tally tally = result.get(month);
            for (Figure figure : Figure.values()) {
                tally.set(figure, number(row[column++]));
            }
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
