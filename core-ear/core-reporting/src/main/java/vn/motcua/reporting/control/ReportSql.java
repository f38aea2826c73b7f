package vn.motcua.reporting.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.reporting.control.counting.CountingRules;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;

/**
 * {@link CountingRules} as SQL over {@code report_dossier f}: one condition per {@link Figure}, so a status table is
 * one {@code GROUP BY} of {@code SUM(CASE ...)} and a drill-down the same condition in a {@code WHERE}. Plain SQL
 * that H2 and SQL Server both run. Named placeholders ({@code :start :end :stock :yes}) are turned into positional
 * parameters by {@link #bind}. {@code ReportSqlTest} runs these against the Java rules.
 */
public final class ReportSql {

    /** Rows that may count in the period at all: received before the stock moment and still open at its start. */
    public static final String BASE =
            "f.outcome <> 'NOT_RECEIVED' and f.received_at < :stock and f.open_until >= :start";

    private static final String ENDED_IN = " and f.open_until >= :start and f.open_until < :end";

    private static final String IN_PROGRESS = "f.received_at < :stock and f.open_until >= :stock";

    /** Overdue at the stock moment: as of the pause when the dossier waits for the applicant then. */
    private static final String OVERDUE = "(f.extended = :yes"
            + " or (f.paused_at is not null and f.paused_at < :stock and f.paused_at > f.due_at)"
            + " or ((f.paused_at is null or f.paused_at >= :stock) and :stock > f.due_at))";

    private static final Map<Figure, String> CONDITIONS = new EnumMap<>(Figure.class);

    static {
        CONDITIONS.put(Figure.CARRIED_OVER, "f.received_at < :start and f.open_until >= :start");
        CONDITIONS.put(Figure.RECEIVED_ONLINE, "f.received_at >= :start and f.received_at < :end and f.online = :yes");
        CONDITIONS.put(
                Figure.RECEIVED_COUNTER, "f.received_at >= :start and f.received_at < :end and f.online <> :yes");
        String resolved = "f.outcome = 'RESOLVED'" + ENDED_IN;
        CONDITIONS.put(
                Figure.RESOLVED_EARLY,
                resolved + " and f.extended <> :yes and cast(f.ended_at as date) < cast(f.due_at as date)");
        CONDITIONS.put(
                Figure.RESOLVED_ON_TIME,
                resolved + " and f.extended <> :yes and f.ended_at <= f.due_at"
                        + " and cast(f.ended_at as date) >= cast(f.due_at as date)");
        CONDITIONS.put(Figure.RESOLVED_LATE, resolved + " and (f.extended = :yes or f.ended_at > f.due_at)");
        CONDITIONS.put(Figure.IN_PROGRESS_IN_TIME, IN_PROGRESS + " and not " + OVERDUE);
        CONDITIONS.put(Figure.IN_PROGRESS_OVERDUE, IN_PROGRESS + " and " + OVERDUE);
        CONDITIONS.put(Figure.WITHDRAWN, "f.outcome = 'WITHDRAWN'" + ENDED_IN);
        CONDITIONS.put(Figure.REFUSED, "f.outcome = 'REFUSED'" + ENDED_IN);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile(":(start|end|stock|yes)\\b");

    private ReportSql() {}

    public static String condition(Figure figure) {
        return CONDITIONS.get(figure);
    }

    /** {@code sum(case when <figure> then 1 else 0 end) as <column>, ...} in {@link Figure} order. */
    public static String sums() {
        List<String> sums = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            sums.add("sum(case when " + condition(figure) + " then 1 else 0 end) as " + figure.column());
        }
        return String.join(", ", sums);
    }

    /** {@code case when <figure> then 1 else 0 end, ...} in {@link Figure} order: one row's figures. */
    public static String flags() {
        List<String> flags = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            flags.add("case when " + condition(figure) + " then 1 else 0 end");
        }
        return String.join(", ", flags);
    }

    /** A statement with positional parameters, and their values in order. */
    public record Bound(String sql, List<Object> parameters) {}

    /**
     * Replaces the placeholders by {@code ?}, with the values of the period seen at {@code now}; {@link
     * SqlStatement} numbers them.
     */
    public static Bound bind(String sql, Period period, LocalDateTime now) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            values.add(
                    switch (m.group(1)) {
                        case "start" -> period.start();
                        case "end" -> period.end();
                        case "stock" -> period.stockAt(now);
                        default -> Boolean.TRUE;
                    });
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new Bound(out.toString(), values);
    }
}
