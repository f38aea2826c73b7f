package vn.motcua.reporting.control;

import java.time.Duration;
import java.util.Map;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;

/**
 * The performance statistics of the steps handed on, computed in the database from {@code report_step}: per officer
 * (or per division, the agency acting in the step) and step, how many, how many with a verdict and how many of those
 * early or on time, the total working time held, and the nearest-rank 90th percentile — the smallest time that at
 * least 90% of the group's steps did not exceed: the {@code rn}-th time in the group's order where {@code rn * 10 >=
 * n * 9} first holds ({@code ROW_NUMBER} and {@code COUNT} over the group, plain SQL on H2 and SQL Server alike;
 * SQL Server's {@code PERCENTILE_DISC} is a window function only, not a grouping aggregate). Grouped, sorted and paged
 * in the database: the rows read are the groups of a page, never the hand-overs.
 */
public final class StepSql {
    private StepSql() {}

    /** The sortable columns of the table and their SQL, over the grouped statement's aggregates. */
    public static final Map<String, String> SORTS = Map.of(
            "who", "t.who",
            "step", "t.step_name",
            "handled", "count(*)",
            "onTimeShare",
                    "case when sum(case when t.verdict is null then 0 else 1 end) = 0 then null else"
                            + " 1.0 * sum(case when t.verdict <> 'LATE' then 1 else 0 end)"
                            + " / sum(case when t.verdict is null then 0 else 1 end) end",
            "average", "1.0 * sum(t.held_seconds) / count(*)",
            "p90", "min(case when t.rn * 10 >= t.n * 9 then t.held_seconds end)");

    /**
     * One page of groups: {@code who_id, who, step_name, handled, judged, in_time, held_seconds, p90_seconds}, sorted
     * by {@code sort} (a key of {@link #SORTS}; {@code null}: who, then step) and then by who and step.
     */
    public static SqlStatement page(
            Period period, String path, boolean byDivision, String sort, boolean ascending, int first, int size) {
        String order = sort == null || !SORTS.containsKey(sort) ? "t.who" : SORTS.get(sort);
        String group = (byDivision ? "s.agency_id" : "s.officer_id") + ", s.step_name";
        return new SqlStatement()
                .add("select t.who_id, t.who, t.step_name, count(*),"
                        + " sum(case when t.verdict is null then 0 else 1 end),"
                        + " sum(case when t.verdict <> 'LATE' then 1 else 0 end), sum(t.held_seconds), "
                        + SORTS.get("p90")
                        + " from (select "
                        + (byDivision ? "s.agency_id who_id, a.name who," : "s.officer_id who_id, o.full_name who,")
                        + " s.step_name, s.verdict, s.held_seconds,"
                        + " row_number() over (partition by " + group + " order by s.held_seconds) rn,"
                        + " count(*) over (partition by " + group + ") n"
                        + " from report_step s join agency a on a.id = s.agency_id"
                        + (byDivision ? "" : " join officer o on o.id = s.officer_id"))
                .add(
                        " where s.handed_at >= ? and s.handed_at < ? and a.path like ?",
                        period.start(),
                        period.end(),
                        path + "%")
                .add(
                        ") t group by t.who_id, t.who, t.step_name order by " + order + (ascending ? "" : " desc")
                                + ", t.who, t.who_id, t.step_name offset ? rows fetch next ? rows only",
                        first,
                        size);
    }

    /** How many groups (officer or division, step) the period has. */
    public static SqlStatement count(Period period, String path, boolean byDivision) {
        return new SqlStatement()
                .add(
                        "select count(*) from (select distinct "
                                + (byDivision ? "s.agency_id" : "s.officer_id")
                                + ", s.step_name from report_step s join agency a on a.id = s.agency_id"
                                + " where s.handed_at >= ? and s.handed_at < ? and a.path like ?) g",
                        period.start(),
                        period.end(),
                        path + "%");
    }

    /** A row of {@link #page} as the statistics of its group. */
    public static StepStatistics statistics(Object[] row) {
        return StepStatistics.of(
                number(row[3]),
                number(row[4]),
                number(row[5]),
                Duration.ofSeconds(number(row[6])),
                Duration.ofSeconds(number(row[7])));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
