package vn.motcua.tools.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.control.calendar.CalendarDay;
import vn.motcua.catalog.control.calendar.DayKind;
import vn.motcua.catalog.control.calendar.StatutoryHolidays;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.control.calendar.WorkingDays;

/**
 * What the generator reads of the province in the database: agencies, counters, the procedures in force with their
 * process, and the working calendar. Everything that knows how the catalog decides where a dossier goes (receiving
 * counter, agency of each step) is here, in {@link #routes}; the rest of the generator only follows routes.
 */
record Province(Map<Long, Agency> agencies, List<Route> routes, WorkingCalendar calendar, Map<String, Long> roles) {

    record Agency(long id, String code, String name, Long parentId) {}

    /** One step of a route: the agency acting in it (already resolved) and its time budget. */
    record Step(String name, long agencyId, WorkingDays budget, boolean atCounter) {}

    /** A way a dossier of a procedure goes: received at this agency (and counter), decided by that one. */
    record Route(
            long procedureId,
            long versionId,
            String nationalCode,
            boolean online,
            WorkingDays statutory,
            long receivingAgencyId,
            Long counterId,
            long decidingAgencyId,
            List<Step> steps) {}

    static Province read(Connection c, int fromYear, int toYear) throws SQLException {
        var agencies = new LinkedHashMap<Long, Agency>();
        var counters = new HashMap<Long, Long>(); // agency -> its first active counter
        var roles = new HashMap<String, Long>();
        var claimed = new HashSet<String>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs =
                    active(c, "SELECT id, code, name, parent_id FROM agency WHERE active = ? ORDER BY id")) {
                while (rs.next()) {
                    agencies.put(rs.getLong(1), new Agency(rs.getLong(1), rs.getString(2), rs.getString(3), (Long)
                            rs.getObject(4, Long.class)));
                }
            }
            try (ResultSet rs =
                    active(c, "SELECT agency_id, MIN(id) FROM service_counter WHERE active = ? GROUP BY agency_id")) {
                while (rs.next()) counters.put(rs.getLong(1), rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT code, id FROM app_role")) {
                while (rs.next()) roles.put(rs.getString(1), rs.getLong(2));
            }
            // Procedures a department plugin serves keep data of their own in the plugin's tables: not generated.
            try (ResultSet rs = s.executeQuery("SELECT national_code FROM plugin_procedure")) {
                while (rs.next()) claimed.add(rs.getString(1));
            }
        }
        var routes = new ArrayList<Route>();
        try (ResultSet rs = active(
                c,
                "SELECT v.id, v.procedure_id, p.national_code, v.online_level,"
                        + " v.statutory_days, v.deciding_agency_id FROM procedure_version v"
                        + " JOIN admin_procedure p ON p.id = v.procedure_id"
                        + " WHERE v.status = 'PUBLISHED' AND p.active = ? AND p.published = p.active"
                        + " AND v.id = (SELECT MAX(w.id) FROM procedure_version w"
                        + " WHERE w.procedure_id = v.procedure_id AND w.status = 'PUBLISHED') ORDER BY v.procedure_id")) {
            while (rs.next()) {
                if (claimed.contains(rs.getString(3))) continue;
                long deciding = rs.getLong(6);
                if (!agencies.containsKey(deciding)) continue;
                long receiving = deciding;
                Long counter = counterOf(receiving, agencies, counters);
                List<Step> steps = steps(c, rs.getLong(1), deciding, receiving);
                if (steps.size() < 2) continue;
                routes.add(new Route(
                        rs.getLong(2),
                        rs.getLong(1),
                        rs.getString(3),
                        !"NONE".equals(rs.getString(4)) && rs.getString(4) != null,
                        WorkingDays.of(rs.getInt(5)),
                        receiving,
                        counter,
                        deciding,
                        steps));
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException("No published procedure with a process of two steps or more: nothing to"
                    + " generate. Start the portal once (migrations, demo province) before generating.");
        }
        return new Province(agencies, routes, calendar(c, fromYear, toYear), roles);
    }

    /** A query whose one parameter is BIT true (H2 compares BOOLEAN columns only with booleans). */
    private static ResultSet active(Connection c, String sql) throws SQLException {
        var ps = c.prepareStatement(sql);
        ps.setBoolean(1, true);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    /** The counter of the agency, else of the nearest agency above it that has one; none: received without one. */
    private static Long counterOf(long agencyId, Map<Long, Agency> agencies, Map<Long, Long> counters) {
        for (Long a = agencyId;
                a != null;
                a = agencies.get(a) == null ? null : agencies.get(a).parentId()) {
            if (counters.containsKey(a)) return counters.get(a);
        }
        return null;
    }

    private static List<Step> steps(Connection c, long versionId, long deciding, long receiving) throws SQLException {
        var steps = new ArrayList<Step>();
        try (var ps = c.prepareStatement("SELECT name, acting, agency_id, budget_days FROM process_step"
                + " WHERE procedure_version_id = ? ORDER BY position")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String acting = rs.getString(2);
                    long agency =
                            switch (acting) {
                                case "RECEIVING_COUNTER" -> receiving;
                                case "NAMED_AGENCY" -> rs.getLong(3);
                                default -> deciding; // DECIDING_AGENCY
                            };
                    BigDecimal budget = rs.getBigDecimal(4);
                    steps.add(new Step(
                            rs.getString(1), agency, WorkingDays.of(budget), acting.equals("RECEIVING_COUNTER")));
                }
            }
        }
        return steps;
    }

    /** The calendar the portal uses: the years confirmed in the database, the statutory proposal for the others. */
    private static WorkingCalendar calendar(Connection c, int fromYear, int toYear) throws SQLException {
        var days = new ArrayList<CalendarDay>();
        Set<Integer> stored = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT calendar_date, kind, name, calendar_year FROM calendar_day")) {
            while (rs.next()) {
                days.add(new CalendarDay(
                        rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)));
                stored.add(rs.getInt(4));
            }
        }
        for (int y = fromYear; y <= toYear; y++) {
            if (!stored.contains(y)) days.addAll(StatutoryHolidays.propose(y));
        }
        return WorkingCalendar.of(days);
    }
}
