package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;

/**
 * What the home page shows by role: an officer's work waiting (by worklist, with how much is late or due soon); a
 * division head's or leader's agency this month (figures, the late list with who holds each dossier, charts); a
 * provincial admin's agencies side by side.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboard {

    /** The worklists an officer may have, with their states (as in {@code Worklist}) and the permission. */
    private static final Map<String, String[]> WORK = new LinkedHashMap<>();

    static {
        WORK.put("TO_RECEIVE", new String[] {"dossier:receive", "'SUBMITTED'"});
        WORK.put("TO_ASSIGN", new String[] {"dossier:assign", "'RECEIVED'"});
        WORK.put("MINE", new String[] {"dossier:process", "'IN_PROCESS'"});
        WORK.put("TO_APPROVE", new String[] {"dossier:approve", "'PENDING_APPROVAL'"});
        WORK.put("TO_RETURN", new String[] {"dossier:return", "'RESULT_READY', 'REFUSED'"});
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyScope scope;

    @Inject
    StatusReport status;

    @Inject
    Deadlines deadlines;

    /** One worklist of mine: how many, how many late, how many due within a working day. */
    public record Waiting(String list, long count, long late, long dueSoon) implements Serializable {}

    /** My worklists that have something in them, in the order of the workflow. */
    public List<Waiting> waitingForMe() {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime soon = deadlines.dueDates().stepDue(now, WorkingDays.of(1));
        long me = currentUser.require().id();
        List<Waiting> lists = new ArrayList<>();
        for (var entry : WORK.entrySet()) {
            if (!currentUser.permitted(entry.getValue()[0])) {
                continue;
            }
            SqlStatement sql = new SqlStatement()
                    .add(
                            "select count(*), sum(case when d.due_at < ? then 1 else 0 end),"
                                    + " sum(case when d.due_at >= ? and d.due_at < ? then 1 else 0 end)"
                                    + " from dossier d where d.state in (" + entry.getValue()[1] + ")",
                            now,
                            now,
                            soon);
            if (entry.getKey().equals("MINE")) {
                sql.add(" and d.assignee_id = ?", me);
            }
            if (!scope.unrestricted()) {
                sql.add(
                        " and d.current_agency_id in (select a.id from agency a, agency m, officer_agency oa"
                                + " where oa.officer_id = ? and m.id = oa.agency_id"
                                + " and a.path like concat(m.path, '%'))",
                        me);
            }
            Object[] row = (Object[]) sql.query(em).getSingleResult();
            long count = ((Number) row[0]).longValue();
            if (count > 0) {
                lists.add(new Waiting(entry.getKey(), count, number(row[1]), number(row[2])));
            }
        }
        return lists;
    }

    /** The agency a leader's home shows: their first agency (the province's root for provincial users). */
    public Agency homeAgency() {
        List<Agency> mine = status.agencies();
        return mine.isEmpty() ? null : mine.get(0);
    }

    /** This month so far, the agency's whole subtree: the total row of the status table. */
    public StatusRow thisMonth(Long agencyId) {
        List<StatusRow> rows = status.table(Period.month(YearMonth.now()), agencyId, Grouping.AGENCY);
        return rows.get(rows.size() - 1);
    }

    /** The agency's overdue dossiers now, oldest first, with who holds each. */
    public List<DrillRow> lateList(Long agencyId, int size) {
        return status.drill(Figure.IN_PROGRESS_OVERDUE, Period.month(YearMonth.now()), agencyId, Grouping.AGENCY, null)
                .page(0, size);
    }

    /** Received and resolved per month over the last 12 months (this one included), from the live facts. */
    public Map<YearMonth, long[]> lastTwelveMonths(Long agencyId) {
        Agency root = status.agency(agencyId);
        YearMonth first = YearMonth.now().minusMonths(11);
        LocalDateTime from = first.atDay(1).atStartOfDay();
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i), new long[2]);
        }
        collect(months, 0, "received_at", "f.received_at >= ? and f.outcome <> 'NOT_RECEIVED'", from, root);
        collect(months, 1, "ended_at", "f.ended_at >= ? and f.outcome = 'RESOLVED'", from, root);
        return months;
    }

    @SuppressWarnings("unchecked")
    private void collect(
            Map<YearMonth, long[]> months, int slot, String column, String where, Object from, Agency root) {
        List<Object[]> rows = new SqlStatement()
                .add(
                        "select year(f." + column + "), month(f." + column + "), count(*) from report_dossier f"
                                + " join agency a on a.id = f.agency_id where " + where + " and a.path like ?"
                                + " group by year(f." + column + "), month(f." + column + ")",
                        from,
                        root.getPath() + "%")
                .query(em)
                .getResultList();
        for (Object[] r : rows) {
            long[] m = months.get(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
            if (m != null) {
                m[slot] = ((Number) r[2]).longValue();
            }
        }
    }

    /** This month's rows by sector (on-time rate per sector) or by procedure, the total left out. */
    public List<StatusRow> thisMonthBy(Long agencyId, Grouping grouping) {
        List<StatusRow> rows = status.table(Period.month(YearMonth.now()), agencyId, grouping);
        return rows.subList(0, rows.size() - 1);
    }

    /** The procedures with the most overdue dossiers now, at most {@code size}. */
    public List<StatusRow> topOverdue(Long agencyId, int size) {
        return thisMonthBy(agencyId, Grouping.PROCEDURE).stream()
                .filter(r -> r.tally().get(Figure.IN_PROGRESS_OVERDUE) > 0)
                .sorted(Comparator.comparingLong((StatusRow r) -> r.tally().get(Figure.IN_PROGRESS_OVERDUE))
                        .reversed())
                .limit(size)
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
