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
 * process, and the working calendar. Everything that knows how the catalog decides where a dossier goes is here, in
 * {@link #read}: who performs a version (its deciding agency, every agency of a kind under an agency, or a list), the
 * counters that receive for each performer (their own agency and what is under it, and the agencies they receive for
 * on their behalf), and the agency of each step (the counter's for the receiving step, the performer's own division
 * where it mapped one, the named agency of an inter-agency step). The rest of the generator only follows routes.
 */
record Province(Map<Long, Agency> agencies, List<Route> routes, WorkingCalendar calendar, Map<String, Long> roles) {

    record Agency(long id, String code, String name, Long parentId, String path, Long kindId) {}

    /** One step of a route: the agency acting in it (already resolved) and its time budget. */
    record Step(String name, long agencyId, WorkingDays budget, boolean atCounter) {}

    /**
     * A way a dossier of a procedure goes: received at this agency (and counter), for that implementing (deciding)
     * agency, each step at its agency.
     */
    record Route(
            long procedureId,
            long versionId,
            String nationalCode,
            boolean online,
            WorkingDays statutory,
            long receivingAgencyId,
            Long counterId,
            long decidingAgencyId,
            long sectorId,
            List<Step> steps) {}

    private record Counter(long id, long agencyId) {}

    private record StepRow(String name, String acting, Long agencyId, BigDecimal budget) {}

    static Province read(Connection c, int fromYear, int toYear) throws SQLException {
        var agencies = new LinkedHashMap<Long, Agency>();
        var counters = new ArrayList<Counter>();
        var receivesFor = new HashSet<String>(); // counter/agency
        var roles = new HashMap<String, Long>();
        var claimed = new HashSet<String>();
        try (ResultSet rs =
                active(c, "SELECT id, code, name, parent_id, path, kind_id FROM agency WHERE active = ? ORDER BY id")) {
            while (rs.next()) {
                agencies.put(
                        rs.getLong(1),
                        new Agency(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, Long.class),
                                rs.getString(5),
                                rs.getObject(6, Long.class)));
            }
        }
        try (ResultSet rs = active(c, "SELECT id, agency_id FROM service_counter WHERE active = ? ORDER BY id")) {
            while (rs.next()) counters.add(new Counter(rs.getLong(1), rs.getLong(2)));
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT counter_id, agency_id FROM counter_receives_for")) {
                while (rs.next()) receivesFor.add(rs.getLong(1) + "/" + rs.getLong(2));
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
                "SELECT v.id, v.procedure_id, p.national_code, v.online_level, v.statutory_days,"
                        + " v.deciding_agency_id, v.performers, v.performer_kind_id, v.performer_root_id, v.sector_id"
                        + " FROM procedure_version v JOIN admin_procedure p ON p.id = v.procedure_id"
                        + " WHERE v.status = 'PUBLISHED' AND p.active = ? AND p.published = p.active"
                        + " AND v.id = (SELECT MAX(w.id) FROM procedure_version w"
                        + " WHERE w.procedure_id = v.procedure_id AND w.status = 'PUBLISHED') ORDER BY v.procedure_id")) {
            while (rs.next()) {
                if (claimed.contains(rs.getString(3))) continue;
                long version = rs.getLong(1);
                List<StepRow> steps = steps(c, version);
                if (steps.size() < 2) continue;
                boolean online = rs.getString(4) != null && !"NONE".equals(rs.getString(4));
                for (Agency performer : performers(
                        c,
                        version,
                        rs.getString(7),
                        rs.getLong(6),
                        rs.getObject(8, Long.class),
                        rs.getObject(9, Long.class),
                        agencies)) {
                    Map<Integer, Long> mapped = mapping(c, version, performer.id());
                    List<Counter> desks = counters.stream()
                            .filter(k -> receives(k, performer, agencies, receivesFor))
                            .toList();
                    // no counter receives for it: received without one (as before counters were required)
                    List<Counter> ways = desks.isEmpty() ? java.util.Collections.singletonList(null) : desks;
                    for (Counter desk : ways) {
                        long receiving = desk == null ? performer.id() : desk.agencyId();
                        var route = new ArrayList<Step>();
                        for (int i = 0; i < steps.size(); i++) {
                            StepRow st = steps.get(i);
                            long agency =
                                    switch (st.acting()) {
                                        case "RECEIVING_COUNTER" -> receiving;
                                        case "NAMED_AGENCY" -> st.agencyId();
                                        default -> mapped.getOrDefault(i, performer.id()); // DECIDING_AGENCY
                                    };
                            route.add(new Step(
                                    st.name(),
                                    agency,
                                    WorkingDays.of(st.budget()),
                                    st.acting().equals("RECEIVING_COUNTER")));
                        }
                        routes.add(new Route(
                                rs.getLong(2),
                                version,
                                rs.getString(3),
                                online,
                                WorkingDays.of(rs.getInt(5)),
                                receiving,
                                desk == null ? null : desk.id(),
                                performer.id(),
                                rs.getLong(10),
                                List.copyOf(route)));
                    }
                }
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException("No published procedure with a process of two steps or more: nothing to"
                    + " generate. Start the portal once (migrations, demo province) before generating.");
        }
        return new Province(agencies, routes, calendar(c, fromYear, toYear), roles);
    }

    /** The agencies performing a version, by its rule (NULL is read as DECIDING). */
    private static List<Agency> performers(
            Connection c, long version, String rule, long deciding, Long kind, Long root, Map<Long, Agency> agencies)
            throws SQLException {
        var list = new ArrayList<Agency>();
        if ("KIND".equals(rule) && kind != null && root != null && agencies.containsKey(root)) {
            String prefix = agencies.get(root).path();
            for (Agency a : agencies.values()) {
                if (kind.equals(a.kindId()) && a.path().startsWith(prefix)) list.add(a);
            }
        } else if ("LIST".equals(rule)) {
            try (var ps = c.prepareStatement(
                    "SELECT agency_id FROM procedure_performer WHERE procedure_version_id = ? ORDER BY agency_id")) {
                ps.setLong(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (agencies.containsKey(rs.getLong(1))) list.add(agencies.get(rs.getLong(1)));
                }
            }
        } else if (agencies.containsKey(deciding)) {
            list.add(agencies.get(deciding));
        }
        return list;
    }

    /** A counter receives for its own agency and what is under it, and for the agencies it receives for. */
    private static boolean receives(Counter k, Agency performer, Map<Long, Agency> agencies, Set<String> receivesFor) {
        Agency own = agencies.get(k.agencyId());
        return own != null && performer.path().startsWith(own.path())
                || receivesFor.contains(k.id() + "/" + performer.id());
    }

    /** The performer's own division for steps of the version, by position. */
    private static Map<Integer, Long> mapping(Connection c, long version, long performer) throws SQLException {
        var map = new HashMap<Integer, Long>();
        try (var ps = c.prepareStatement("SELECT step_position, acting_agency_id FROM performer_step"
                + " WHERE procedure_version_id = ? AND agency_id = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, performer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) map.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return map;
    }

    /** A query whose one parameter is BIT true (H2 compares BOOLEAN columns only with booleans). */
    private static ResultSet active(Connection c, String sql) throws SQLException {
        var ps = c.prepareStatement(sql);
        ps.setBoolean(1, true);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static List<StepRow> steps(Connection c, long versionId) throws SQLException {
        var steps = new ArrayList<StepRow>();
        try (var ps = c.prepareStatement("SELECT name, acting, agency_id, budget_days FROM process_step"
                + " WHERE procedure_version_id = ? ORDER BY position")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new StepRow(
                            rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getBigDecimal(4)));
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
