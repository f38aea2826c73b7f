package vn.motcua.tools.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.WorkingHours;
import vn.motcua.reporting.control.counting.StepHandedOn;

/**
 * Generates {@code dossiers} dossiers received over the last {@code years} years (working days, office hours) across
 * the routes of the province, with their applicants, history, pauses and the code counters, into a {@link Sink}.
 */
final class Generator {

    /**
     * {@code dropIndexes}: load without the secondary indexes and build them after (see {@link LoadIndexes}); off by
     * default until measured at a million on an idle machine.
     */
    record Options(int dossiers, int years, long seed, LocalDateTime now, Path tsv, boolean dropIndexes) {
        Options(int dossiers, int years, long seed, LocalDateTime now, Path tsv) {
            this(dossiers, years, seed, now, tsv, false);
        }
    }

    /** What a run produced, for the summary and the benchmark. */
    record Result(
            Map<String, Long> rows,
            Map<String, Long> states,
            Map<String, Long> byProcedure,
            long online,
            long supplement,
            long late,
            long transferred,
            List<String[]> lookupSamples) {}

    private static final double ZIPF = 1.3;

    private final Connection c;
    private final Options o;
    private final Province province;
    private final Staff staff;

    Generator(Connection c, Options o, Province province, Staff staff) {
        this.c = c;
        this.o = o;
        this.province = province;
        this.staff = staff;
    }

    Result run(IdBases ids) throws SQLException, IOException {
        var random = new Random(o.seed());
        var dueDates = new DueDates(province.calendar(), WorkingHours.DEFAULT);
        var story = new Story(dueDates, staff, transferTargets());
        var reportRules = new ReportRow(dueDates);
        var clock = dueDates.clock();
        var routes = province.routes();
        double[] cumulative = weights(routes, o.seed());
        Map<String, Integer> counters = existingCounters();
        var touched = new LinkedHashMap<String, Integer>();
        var states = new HashMap<String, Long>();
        var byProcedure = new HashMap<String, Long>();
        long online = 0, supplement = 0, late = 0, transferred = 0;
        var samples = new ArrayList<String[]>();
        int applicants = Math.max(1, (int) (o.dossiers() * 0.8));
        double onlineChance = onlineChance(routes, cumulative);

        try (var sink = new Sink(c, o.tsv())) {
            for (Staff.Member m : staff.members()) {
                sink.add(Tables.OFFICER, Tables.officer(m));
                sink.add(Tables.OFFICER_AGENCY, Tables.officerAgency(m));
                for (String role : m.roles()) sink.add(Tables.OFFICER_ROLE, Tables.officerRole(m, roleId(role)));
            }
            for (int i = 0; i < applicants; i++) {
                sink.add(Tables.APPLICANT, Tables.applicant(person(ids.applicant, i)));
                if (i % 5000 == 4999) sink.commit();
            }
            sink.commit();

            List<LocalDateTime> moments = receipts(random);
            long handOverId = ids.part;
            for (int i = 0; i < moments.size(); i++) {
                LocalDateTime received = moments.get(i);
                var route = routes.get(pick(cumulative, random.nextDouble()));
                boolean isOnline = route.online() && random.nextDouble() < onlineChance;
                int applicantIndex = random.nextInt(applicants);
                var d = new Life(ids.dossier + i, route, person(ids.applicant, applicantIndex), isOnline, o.now());
                story.live(d, received, random);
                LocalDate codeDay = (isOnline ? d.submittedAt : received).toLocalDate();
                String key = route.receivingAgencyId() + "/" + codeDay;
                int seq = counters.merge(key, 1, Integer::sum);
                touched.put(key, seq);
                d.code = format(
                        province.agencies().get(route.receivingAgencyId()).code(), codeDay, seq);

                sink.add(Tables.DOSSIER, Tables.dossier(d));
                for (long agency : d.held) sink.add(Tables.DOSSIER_AGENCY, Tables.dossierAgency(d, agency));
                for (int p = 0; p < route.steps().size(); p++) sink.add(Tables.DOSSIER_ROUTE, Tables.routeStep(d, p));
                long firstHandOver = handOverId;
                for (int p = 0; p < d.events.size(); p++) {
                    sink.add(Tables.HAND_OVER, Tables.handOver(handOverId++, d, p, d.events.get(p)));
                }
                for (int p = 1; p < d.events.size(); p++) {
                    Life.Event e = d.events.get(p);
                    LocalDateTime before = d.events.get(p - 1).at();
                    if (StepHandedOn.is(e.stepName(), e.fromOfficer(), e.fromAgency(), before)) {
                        long held = StepHandedOn.heldSeconds(clock, before, e.at());
                        sink.add(Tables.REPORT_STEP, Tables.reportStep(firstHandOver + p, d, e, held));
                    }
                }
                for (var pause : d.pauses) sink.add(Tables.DOSSIER_PAUSE, Tables.pause(handOverId++, d, pause));
                sink.add(Tables.REPORT_DOSSIER, Tables.reportDossier(d, reportRules));

                states.merge(d.state, 1L, Long::sum);
                byProcedure.merge(route.nationalCode(), 1L, Long::sum);
                if (isOnline) online++;
                if (d.supplementRequests > 0) supplement++;
                if (d.isLate()) late++;
                if (d.transferred) transferred++;
                if (d.receivedAt != null && random.nextInt(Math.max(1, moments.size() / 2000)) == 0) {
                    samples.add(new String[] {d.code, d.secret, d.state});
                }
                if (i % 500 == 499) sink.flush();
                if (i % 20_000 == 19_999) {
                    sink.commit();
                    System.out.printf("  %,d dossiers%n", i + 1);
                }
            }
            ids.lastPart = handOverId;
            sink.drain(); // the writer is idle: the counters' delete below runs on the connection alone
            deleteCounters(touched.keySet());
            for (var e : touched.entrySet()) {
                String[] k = e.getKey().split("/");
                sink.add(
                        Tables.CODE_COUNTER,
                        Tables.codeCounter(Long.parseLong(k[0]), LocalDate.parse(k[1]), e.getValue()));
            }
            sink.drain();
            var rows = new LinkedHashMap<String, Long>();
            sink.counts().forEach((t, n) -> rows.put(t.name(), n));
            return new Result(rows, states, byProcedure, online, supplement, late, transferred, samples);
        }
    }

    private People.Person person(long base, int index) {
        return People.person(base + index, index, new Random(o.seed() * 31 + index));
    }

    private long roleId(String code) {
        Long id = province.roles().get(code);
        if (id == null) throw new IllegalStateException("role " + code + " is missing from app_role");
        return id;
    }

    /** Receipt moments: the dossiers spread evenly over the working days, office hours, up to now, in order. */
    private List<LocalDateTime> receipts(Random random) {
        var calendar = province.calendar();
        var days = new ArrayList<LocalDate>();
        LocalDate today = o.now().toLocalDate();
        boolean todayOpen = o.now().toLocalTime().isAfter(LocalTime.of(8, 0));
        for (LocalDate day = today.minusYears(o.years()); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day) && (day.isBefore(today) || todayOpen)) days.add(day);
        }
        var moments = new ArrayList<LocalDateTime>(o.dossiers());
        int n = o.dossiers();
        for (int k = 0; k < days.size(); k++) {
            LocalDate day = days.get(k);
            int count = (int) ((long) (k + 1) * n / days.size() - (long) k * n / days.size());
            LocalTime latest = day.equals(today) ? o.now().toLocalTime().minusMinutes(5) : LocalTime.of(16, 55);
            int span = Math.max(1, (int)
                    java.time.Duration.between(LocalTime.of(7, 30), latest).toMinutes());
            var times = new ArrayList<LocalDateTime>();
            for (int j = 0; j < count; j++) {
                times.add(day.atTime(7, 30).plusMinutes(random.nextInt(span)).plusSeconds(random.nextInt(60)));
            }
            Collections.sort(times);
            moments.addAll(times);
        }
        return moments;
    }

    /** Zipf weights over the procedures in a shuffled order (a few take most dossiers), shared by their routes. */
    static double[] weights(List<Province.Route> routes, long seed) {
        var random = new Random(seed + 1);
        var procedures = new ArrayList<Long>();
        var routesOf = new HashMap<Long, Integer>();
        for (var r : routes) {
            if (routesOf.merge(r.procedureId(), 1, Integer::sum) == 1) procedures.add(r.procedureId());
        }
        Collections.shuffle(procedures, random);
        var rank = new HashMap<Long, Integer>();
        for (int i = 0; i < procedures.size(); i++) rank.put(procedures.get(i), i + 1);
        double[] cumulative = new double[routes.size()];
        double sum = 0;
        for (int i = 0; i < routes.size(); i++) {
            long p = routes.get(i).procedureId();
            sum += 1 / Math.pow(rank.get(p), ZIPF) / routesOf.get(p);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
        return cumulative;
    }

    static int pick(double[] cumulative, double x) {
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    /** About 30 % of all dossiers online, drawn among the procedures that may be submitted online. */
    private static double onlineChance(List<Province.Route> routes, double[] cumulative) {
        double share = 0;
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).online()) share += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }
        return share == 0 ? 0 : Math.min(0.9, 0.30 / share);
    }

    /** Agencies a dossier can be transferred to: those with processing officers (they take the step over). */
    private List<Long> transferTargets() {
        var targets = new ArrayList<Long>();
        for (var r : province.routes()) {
            for (var s : r.steps()) {
                if (!s.atCounter()
                        && staff.processingOfficer(s.agencyId(), new Random(0)) != null
                        && !targets.contains(s.agencyId())) targets.add(s.agencyId());
            }
        }
        return targets;
    }

    private Map<String, Integer> existingCounters() throws SQLException {
        var map = new HashMap<String, Integer>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT agency_id, code_day, last_seq FROM dossier_code_counter")) {
            while (rs.next()) map.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class), rs.getInt(3));
        }
        return map;
    }

    /** The touched counter rows are written anew with their final number (deleted first where they existed). */
    private void deleteCounters(Iterable<String> keys) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM dossier_code_counter WHERE agency_id = ? AND code_day = ?")) {
            int n = 0;
            for (String key : keys) {
                String[] k = key.split("/");
                ps.setLong(1, Long.parseLong(k[0]));
                ps.setObject(2, LocalDate.parse(k[1]));
                ps.addBatch();
                if (++n % 1000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    static String format(String agencyCode, LocalDate day, int sequence) {
        return agencyCode + "-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + String.format("%04d", sequence);
    }

    /** First ids of the generated rows, above what the sequences have handed out (and may hand out). */
    static final class IdBases {
        long officer;
        long applicant;
        long dossier;
        long part;
        long lastPart;
    }
}
