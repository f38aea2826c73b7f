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
import vn.motcua.reporting.control.MonthlyFigures;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;

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

    @Inject
    MonthlyFigures monthly;

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

    /**
     * The agency's subtree this month and the eleven before, everything seen at one moment and counted by the status
     * table's rules: {@code months} holds each month's whole figures (frozen months as frozen, the others live), the
     * cards are its last entry, the sector and procedure rows are this month's status table by sector and by
     * procedure, {@code agencies} its rows one level under the agency.
     */
    public record AgencyMonth(
            Map<YearMonth, Tally> months,
            List<StatusRow> sectors,
            List<StatusRow> topOverdue,
            List<StatusRow> agencies,
            List<DrillRow> late)
            implements Serializable {

        /** This month so far: the figures of the cards, the chart's last point. */
        public Tally thisMonth() {
            Tally last = new Tally();
            for (Tally month : months.values()) {
                last = month;
            }
            return last;
        }
    }

    /**
     * What the leader's home shows of the agency, at {@code now}; the late list at most {@code lateSize} rows. The
     * eleven months before this one come from their frozen totals (live where a month is not frozen yet); this month
     * is read once, per agency, sector and procedure, and summed up into the cards, the chart's last point and the
     * three tables.
     */
    public AgencyMonth agencyMonth(Long agencyId, LocalDateTime now, int lateSize, int topSize) {
        Agency root = status.agency(agencyId);
        YearMonth current = YearMonth.from(now);
        Period period = Period.month(current);
        Map<Grouping, List<StatusRow>> tables = status.tables(period, agencyId, now);
        Map<YearMonth, Tally> months = new LinkedHashMap<>(
                monthly.months(current.minusMonths(11), current.minusMonths(1), root.getPath(), now));
        months.put(current, total(tables.get(Grouping.AGENCY)));
        List<StatusRow> sectors = withoutTotal(tables.get(Grouping.SECTOR));
        List<StatusRow> procedures = withoutTotal(tables.get(Grouping.PROCEDURE));
        List<StatusRow> top = procedures.stream()
                .filter(r -> r.tally().get(Figure.IN_PROGRESS_OVERDUE) > 0)
                .sorted(Comparator.comparingLong((StatusRow r) -> r.tally().get(Figure.IN_PROGRESS_OVERDUE))
                        .reversed())
                .limit(topSize)
                .toList();
        List<StatusRow> agencies = currentUser.permitted("scope:all")
                ? withoutTotal(tables.get(Grouping.AGENCY)).stream()
                        .filter(r -> r.depth() == 1)
                        .toList()
                : List.of();
        List<DrillRow> late = status.drill(Figure.IN_PROGRESS_OVERDUE, period, agencyId, Grouping.AGENCY, null, now)
                .page(0, lateSize);
        return new AgencyMonth(months, sectors, top, agencies, late);
    }

    private static Tally total(List<StatusRow> rows) {
        return rows.get(rows.size() - 1).tally();
    }

    private static List<StatusRow> withoutTotal(List<StatusRow> rows) {
        return List.copyOf(rows.subList(0, rows.size() - 1));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
