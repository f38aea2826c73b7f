package vn.motcua.portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.control.WorklistCounts;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.worklist.boundary.DossierSearch;
import vn.motcua.dossier.worklist.boundary.Worklist;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.testkit.Deployments;

/**
 * Benchmark, not a test: prints figures, asserts nothing about speed. Named {@code *Benchmark} so failsafe's
 * {@code **}{@code /*IT.java} never picks it up in {@code mvn verify}; it runs only with {@code -Pbenchmark}, through
 * {@code server-config/benchmark.sh}, which prints the report this class writes.
 *
 * <ol>
 *   <li>Receive throughput: receipts through the real {@link DossierWorkflow#receive} (security, scope, code counter
 *       row lock, deadline calendar, hand-over), by one counter officer, then by four at once (each its own officer:
 *       a login writes the officer row), on the managed executor. Again with four officers once the table is full.
 *   <li>Bulk load: up to 100 000 dossiers with JDBC batch inserts into applicant, dossier, hand_over and
 *       dossier_agency. This BYPASSES the facade on purpose, for loading only (receiving 100 000 dossiers one by one
 *       would take the whole run); the rows imitate what the workflow writes: a spread over agencies 110-152,
 *       procedures 1-12, all states, received over the past year with due dates from the statutory days.
 *   <li>Worklist response time: {@link DossierSearch#counts} (the tab labels of the screen), {@link
 *       DossierSearch#page} for every worklist, first and a deep page, and searches by applicant name and by code;
 *       median and p95 of the wall time of the facade call (count + page + batch queries), as an officer of one
 *       department (scope applied) and as an administrator (unrestricted); "cpu" is the median CPU time of the
 *       calling thread (embedded H2 runs in it), which other load on the machine disturbs much less than wall time.
 *       Each timed call follows a one-row change of the dossier table, so that H2 cannot hand back a previous result.
 * </ol>
 *
 * Sizes come from MicroProfile Config entries added to the deployment from the client's system properties
 * ({@code bench.receipts}, {@code bench.dossiers}, {@code bench.runs}, {@code bench.report}).
 */
@ExtendWith(ArquillianExtension.class)
class DossierBenchmark {

    private static final long PROCEDURE = 1L;
    private static final long COUNTER = 200L;
    private static final long DEPARTMENT = 110L; // Sở Thông tin và Truyền thông (division 111 below it)
    private static final long BULK_ID_BASE = 50_000_000L; // far above what the sequences hand out in a run
    private static final int PAGE_SIZE = 20;
    private static final int DEEP_PAGE = 200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .withClasses(DossierBenchmark.class, TestOfficers.class, Receipts.class)
                .withConfig("bench.receipts=" + System.getProperty("bench.receipts", "2000"))
                .withConfig("bench.dossiers=" + System.getProperty("bench.dossiers", "100000"))
                .withConfig("bench.runs=" + System.getProperty("bench.runs", "20"))
                .withConfig("bench.report=" + System.getProperty("bench.report", "benchmark-report.txt"))
                .build();
    }

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierSearch search;

    @Inject
    WorklistCounts worklistCounts;

    @Inject
    TestOfficers officers;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();
    private List<DossierWorkflow.DocumentTick> ticks;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void measure() throws Exception {
        var config = ConfigProvider.getConfig();
        int receipts = config.getValue("bench.receipts", Integer.class);
        int dossiers = config.getValue("bench.dossiers", Integer.class);
        int runs = config.getValue("bench.runs", Integer.class);
        Path out = Path.of(config.getValue("bench.report", String.class));

        line(
                "MotCua dossier benchmark — %s, %d CPUs visible to the JVM, H2 embedded",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors());
        line("");
        try {
            // --- 1. receive throughput ---
            ticks = documentsOf(PROCEDURE);
            line("1. Receive throughput (DossierWorkflow.receive, procedure %d, counter %d)", PROCEDURE, COUNTER);
            receiveConcurrently("warm-up", 1, Math.min(200, receipts), false);
            receiveConcurrently("1 counter officer", 1, receipts, true);
            receiveConcurrently("4 counter officers", 4, receipts, true);

            // --- 2. bulk load ---
            line("");
            Map<String, Long> people = benchOfficers();
            long loaded = bulkLoad(dossiers, people.get("dept"));
            line("");
            line("   after the load, %d dossiers in the table:", countDossiers());
            receiveConcurrently("4 counter officers", 4, Math.max(100, receipts / 4), true);

            // --- 3. worklists ---
            line("");
            line(
                    "3. DossierSearch.page, page size %d, deep page = page %d (first = %d); %d runs after 3 warm-ups",
                    PAGE_SIZE, DEEP_PAGE, DEEP_PAGE * PAGE_SIZE, runs);
            String name = applicantNameOfBulk();
            String code = codeOfBulk(loaded / 2);
            for (String who : List.of("dept", "admin")) {
                signIn(who.equals("dept") ? "bench.dept" : "bench.admin");
                line("");
                line(
                        who.equals("dept")
                                ? "   as an officer of department %d (division head + leader + counter roles; scope applied)"
                                : "   as an administrator (permission *, no scope)",
                        DEPARTMENT);
                line("   %-34s %9s %9s %9s %9s %9s", "case", "rows", "median", "p95", "max", "cpu");
                // What the worklist screen asks first, on every visit and search: the count of each list (tab labels).
                time("counts of every list", runs, () -> search.counts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
                for (Worklist list : search.worklists()) {
                    time(list + " first page", runs, () -> total(list, PageRequest.of(0, PAGE_SIZE)));
                    time(
                            list + " page " + DEEP_PAGE,
                            runs,
                            () -> total(list, PageRequest.of(DEEP_PAGE * PAGE_SIZE, PAGE_SIZE)));
                }
                var byName = PageRequest.of(0, PAGE_SIZE).filteredBy(Map.of("applicant", name));
                time("ALL applicant=\"" + name + "\"", runs, () -> total(Worklist.ALL, byName));
                var byNameDeep =
                        new PageRequest(DEEP_PAGE * PAGE_SIZE / 10, PAGE_SIZE, null, true, Map.of("applicant", name));
                time("  same, page " + DEEP_PAGE / 10, runs, () -> total(Worklist.ALL, byNameDeep));
                var byCode = PageRequest.of(0, PAGE_SIZE).filteredBy(Map.of("code", code));
                time("ALL code=<one bulk code>", runs, () -> total(Worklist.ALL, byCode));
                var byCodePart = PageRequest.of(0, PAGE_SIZE).filteredBy(Map.of("code", code.substring(0, 20)));
                time(
                        "ALL code contains \"" + code.substring(0, 20) + "\"",
                        runs,
                        () -> total(Worklist.ALL, byCodePart));
                SecurityUtils.getSubject().logout();
            }
            line("");
            line("   applicant name searched: %s; code searched: %s", name, code);
        } finally {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println(report);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // 1. receive
    // ------------------------------------------------------------------------------------------------------------

    private void receiveConcurrently(String label, int officerCount, int total, boolean print) throws Exception {
        var securityManager = SecurityUtils.getSecurityManager();
        var barrier = new CyclicBarrier(officerCount + 1);
        var threads = ConcurrentHashMap.<String>newKeySet();
        var cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < officerCount; t++) {
            String username = "bench.counter." + run + "." + t;
            String password = officers.create(username, "COUNTER_OFFICER", DEPARTMENT);
            int share = total / officerCount + (t < total % officerCount ? 1 : 0);
            long idBase = (System.nanoTime() % 10_000) * 10_000_000L + t * 1_000_000L;
            done.add(executor.submit(() -> {
                Subject counter = new Subject.Builder(securityManager).buildSubject();
                counter.login(new UsernamePasswordToken(username, password));
                Callable<Integer> receive = () -> {
                    barrier.await(120, TimeUnit.SECONDS);
                    threads.add(Thread.currentThread().getName());
                    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    for (int i = 0; i < share; i++) {
                        workflow.receive(request("9" + String.format("%011d", (idBase + i) % 100_000_000_000L)));
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
                    return share;
                };
                try {
                    return counter.associateWith(receive).call();
                } finally {
                    counter.logout();
                }
            }));
        }
        barrier.await(120, TimeUnit.SECONDS);
        long start = System.nanoTime();
        int received = 0;
        for (Future<Integer> f : done) {
            received += f.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (print) {
            line(
                    "   %-22s %6d receipts in %7.2f s = %7.1f dossiers/s (%.1f ms per receipt per officer; %d threads;"
                            + " %.2f ms CPU of the calling thread per receipt, embedded H2 included)",
                    label,
                    received,
                    seconds,
                    received / seconds,
                    seconds * 1000 * officerCount / received,
                    threads.size(),
                    cpuNanos.get() / 1e6 / received);
        }
    }

    private DossierWorkflow.ReceiveRequest request(String idNumber) {
        var applicant = new Applicant();
        applicant.setIdNumber(idNumber);
        applicant.setName("Nguyễn Văn An");
        applicant.setAddress("12 Lê Lợi, phường Đông Thành");
        applicant.setPhone("0912 345 678");
        return new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(),
                PROCEDURE,
                COUNTER,
                applicant,
                ticks,
                Map.of("publicationName", "Bản tin Thông tin Thái Hòa", "pages", 24),
                null);
    }

    private List<DossierWorkflow.DocumentTick> documentsOf(long procedure) {
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, procedure);
        return required;
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2. bulk load (JDBC, bypasses the facade: loading only)
    // ------------------------------------------------------------------------------------------------------------

    /** A procedure's route in the demo catalog: receiving agency, counter, processing agency, deciding agency. */
    private record Route(
            long procedure,
            long receiving,
            Long counter,
            long processing,
            long deciding,
            int days,
            String step1,
            String step2) {}

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"};
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
        "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn",
        "Vy", "Yến"
    };

    /** Officers the load assigns dossiers to, and the two the worklists are read as. */
    private Map<String, Long> benchOfficers() throws SQLException {
        var ids = new HashMap<String, Long>();
        officers.create("bench.dept", "DIVISION_HEAD", DEPARTMENT);
        officers.create("bench.admin", "ADMIN", 100L);
        ids.put("dept", officers.idOf("bench.dept"));
        ids.put("admin", officers.idOf("bench.admin"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement role = c.prepareStatement(
                        "INSERT INTO officer_role (officer_id, role_id) SELECT ?, id FROM app_role WHERE code IN"
                                + " ('LEADER', 'COUNTER_OFFICER')")) {
            role.setLong(1, ids.get("dept"));
            role.executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evictAll(); // the roles were added behind JPA's back
        for (long agency : List.of(111L, 121L, 131L, 150L, 151L, 152L, 110L, 120L, 130L)) {
            for (int i = 0; i < 3; i++) {
                String username = "bench.cv." + agency + "." + i;
                officers.create(username, "PROCESSING_OFFICER", agency);
                ids.put(agency + "." + i, officers.idOf(username));
            }
        }
        return ids;
    }

    private long bulkLoad(int count, long deptOfficer) throws SQLException {
        line("2. Bulk load: %d dossiers by JDBC batch inserts (bypasses the facade, loading only)", count);
        var routes = new ArrayList<Route>();
        for (long p = 1; p <= 4; p++)
            routes.add(new Route(p, 110, 200L, 111, 110, p == 4 ? 15 : 10, "Thẩm định", "Phê duyệt"));
        for (long p = 5; p <= 7; p++) {
            routes.add(new Route(p, 150, null, 150, 150, 7, "Thẩm định", "Phê duyệt"));
            routes.add(new Route(p, 151, 203L, 151, 151, 7, "Thẩm định", "Phê duyệt"));
            routes.add(new Route(p, 152, null, 152, 152, 7, "Thẩm định", "Phê duyệt"));
        }
        routes.add(new Route(8, 120, 201L, 121, 120, 7, "Thẩm định", "Phê duyệt"));
        routes.add(new Route(8, 120, 201L, 121, 120, 7, "Thẩm định", "Phê duyệt"));
        for (long p = 9; p <= 12; p++) routes.add(new Route(p, 130, 202L, 131, 130, 5, "Thẩm định", "Phê duyệt"));
        // 4 (TTTT) + 9 (wards) + 2 (LĐTBXH) + 4 (GTVT) routes, drawn uniformly: about 21 % / 47 % / 11 % / 21 %.

        Map<Long, String> agencyCodes = new HashMap<>();
        Map<Long, Long> versionOf = new HashMap<>();
        Map<String, Long> processors = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, code FROM agency")) {
                while (rs.next()) agencyCodes.put(rs.getLong(1), rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT procedure_id, MAX(id) FROM procedure_version WHERE status = 'PUBLISHED' GROUP BY procedure_id")) {
                while (rs.next()) versionOf.put(rs.getLong(1), rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, username FROM officer WHERE username LIKE 'bench.cv.%'")) {
                while (rs.next()) processors.put(rs.getString(2).substring("bench.cv.".length()), rs.getLong(1));
            }
        }

        var random = new Random(42);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyMMdd");
        long start = System.nanoTime();
        long handOvers = 0;
        long held = 0;
        int applicants = (int) (count * 0.8); // some applicants come back
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement(
                    "INSERT INTO applicant (id, kind, id_number, name, birth_date, address, phone, email, version)"
                            + " VALUES (?, 'CITIZEN', ?, ?, ?, ?, ?, NULL, 0)")) {
                for (int i = 0; i < applicants; i++) {
                    a.setLong(1, BULK_ID_BASE + i);
                    a.setString(2, String.format("0%02d%09d", 1 + random.nextInt(96), i));
                    a.setString(3, name(random));
                    a.setObject(
                            4, LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    a.setString(5, (1 + random.nextInt(200)) + " Lê Lợi, phường Đông Thành");
                    a.setString(6, "09" + String.format("%08d", random.nextInt(100_000_000)));
                    a.addBatch();
                    if (i % 1000 == 999) {
                        a.executeBatch();
                    }
                    if (i % 10_000 == 9_999) {
                        c.commit();
                    }
                }
                a.executeBatch();
                c.commit();
            }
            try (PreparedStatement d = c.prepareStatement(
                            "INSERT INTO dossier (id, code, lookup_secret, submission_token, procedure_id,"
                                    + " procedure_version_id, applicant_id, channel, receiving_agency_id, counter_id,"
                                    + " current_agency_id, assignee_id, state, step_position, step_started_at,"
                                    + " step_due_at, received_at, clock_start, original_due_at, due_at, paused_at,"
                                    + " supplement_requests, result_ready_at, returned_at, closed_at, version)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'COUNTER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                    + " ?, ?, ?, ?, 0)");
                    PreparedStatement h = c.prepareStatement(
                            "INSERT INTO hand_over (id, dossier_id, position, action, from_state, to_state, step_name,"
                                    + " from_officer_id, to_officer_id, from_agency_id, to_agency_id, handed_at,"
                                    + " step_due_at, verdict, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                    + " NULL)");
                    PreparedStatement g =
                            c.prepareStatement("INSERT INTO dossier_agency (dossier_id, agency_id) VALUES (?, ?)")) {
                long handOverId = BULK_ID_BASE;
                for (int i = 0; i < count; i++) {
                    long id = BULK_ID_BASE + i;
                    Route r = routes.get(random.nextInt(routes.size()));
                    // received over the past year, more recent ones more often open
                    int ageDays = random.nextInt(365);
                    LocalDateTime received = now.minusDays(ageDays)
                            .withHour(7 + random.nextInt(10))
                            .withMinute(random.nextInt(60))
                            .withSecond(random.nextInt(60));
                    LocalDateTime due = received.plusDays(r.days() * 7L / 5 + 1);
                    String state = state(random, ageDays);
                    boolean assigned = !state.equals("RECEIVED") && !state.equals("WITHDRAWN");
                    String processorKey = r.processing() + "." + random.nextInt(3);
                    Long assignee = state.equals("IN_PROCESS")
                                    || state.equals("SUPPLEMENT_REQUESTED")
                                    || state.equals("FEE_REQUESTED")
                            ? (r.processing() == 111 && random.nextInt(5) == 0
                                    ? deptOfficer
                                    : processors.get(processorKey))
                            : null;
                    long current =
                            switch (state) {
                                case "RECEIVED", "IN_PROCESS", "SUPPLEMENT_REQUESTED", "FEE_REQUESTED" -> r
                                        .processing();
                                case "PENDING_APPROVAL" -> r.deciding();
                                default -> r.receiving(); // results at the counter, closed ones stay there
                            };
                    int step =
                            switch (state) {
                                case "PENDING_APPROVAL", "RESULT_READY", "RETURNED", "REFUSED" -> 2;
                                default -> 1;
                            };
                    LocalDateTime resultReady =
                            switch (state) {
                                case "RESULT_READY", "RETURNED", "REFUSED" -> received.plusDays(
                                        1 + random.nextInt(r.days() + 3));
                                default -> null;
                            };
                    LocalDateTime returned = state.equals("RETURNED") ? resultReady.plusDays(random.nextInt(5)) : null;
                    LocalDateTime closed =
                            switch (state) {
                                case "RETURNED" -> returned;
                                case "WITHDRAWN" -> received.plusDays(random.nextInt(5));
                                default -> null;
                            };
                    int p = 1;
                    d.setLong(p++, id);
                    d.setString(
                            p++,
                            agencyCodes.get(r.receiving()) + "-" + received.format(day) + "-"
                                    + String.format("%06d", i));
                    d.setString(p++, String.format("%06d", random.nextInt(1_000_000)));
                    d.setString(p++, "bench-" + id);
                    d.setLong(p++, r.procedure());
                    d.setLong(p++, versionOf.get(r.procedure()));
                    d.setLong(p++, BULK_ID_BASE + random.nextInt(applicants));
                    d.setLong(p++, r.receiving());
                    d.setObject(p++, r.counter());
                    d.setLong(p++, current);
                    d.setObject(p++, assignee);
                    d.setString(p++, state);
                    d.setInt(p++, step);
                    d.setObject(p++, received);
                    d.setObject(p++, received.plusDays(r.days()));
                    d.setObject(p++, received);
                    d.setObject(p++, received);
                    d.setObject(p++, due);
                    d.setObject(p++, due);
                    d.setObject(p++, state.endsWith("_REQUESTED") ? now.minusDays(random.nextInt(10)) : null);
                    d.setInt(p++, state.equals("SUPPLEMENT_REQUESTED") ? 1 : 0);
                    d.setObject(p++, resultReady);
                    d.setObject(p++, returned);
                    d.setObject(p++, closed);
                    d.addBatch();

                    // hand-over sheet: receive, assign, forward to approval, approve, return (as far as it went)
                    List<String[]> sheet = new ArrayList<>();
                    sheet.add(new String[] {"RECEIVE", null, "RECEIVED"});
                    if (assigned) sheet.add(new String[] {"ASSIGN", "RECEIVED", "IN_PROCESS"});
                    if (step == 2) sheet.add(new String[] {"FORWARD", "IN_PROCESS", "PENDING_APPROVAL"});
                    if (state.equals("RESULT_READY") || state.equals("RETURNED"))
                        sheet.add(new String[] {"APPROVE", "PENDING_APPROVAL", "RESULT_READY"});
                    if (state.equals("RETURNED")) sheet.add(new String[] {"RETURN", "RESULT_READY", "RETURNED"});
                    if (state.equals("WITHDRAWN")) sheet.add(new String[] {"WITHDRAW", "RECEIVED", "WITHDRAWN"});
                    for (int pos = 0; pos < sheet.size(); pos++) {
                        String[] e = sheet.get(pos);
                        h.setLong(1, handOverId++);
                        h.setLong(2, id);
                        h.setInt(3, pos);
                        h.setString(4, e[0]);
                        h.setString(5, e[1]);
                        h.setString(6, e[2]);
                        h.setString(7, pos == 0 ? r.step1() : r.step2());
                        h.setObject(8, null);
                        h.setObject(9, e[0].equals("ASSIGN") ? assignee : null);
                        h.setLong(10, pos == 0 ? r.receiving() : r.processing());
                        h.setLong(11, e[0].equals("FORWARD") ? r.deciding() : r.processing());
                        h.setObject(12, received.plusHours(pos * 20L));
                        h.setObject(13, received.plusDays(r.days()));
                        h.setString(14, e[0].equals("FORWARD") || e[0].equals("APPROVE") ? "ON_TIME" : null);
                        h.addBatch();
                        handOvers++;
                    }
                    var heldBy = new TreeSet<Long>(List.of(r.receiving(), r.processing()));
                    if (step == 2) {
                        heldBy.add(r.deciding());
                    }
                    for (long agency : heldBy) {
                        g.setLong(1, id);
                        g.setLong(2, agency);
                        g.addBatch();
                        held++;
                    }
                    if (i % 1000 == 999) {
                        d.executeBatch();
                        h.executeBatch();
                        g.executeBatch();
                    }
                    if (i % 10_000 == 9_999) {
                        c.commit();
                    }
                }
                d.executeBatch();
                h.executeBatch();
                g.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            c.commit();
        }
        em.getEntityManagerFactory().getCache().evictAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        line(
                "   %d applicants, %d dossiers, %d hand-overs, %d dossier_agency rows in %.1f s (%.0f dossiers/s),"
                        + " then ANALYZE",
                applicants, count, handOvers, held, seconds, count / seconds);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM dossier GROUP BY state ORDER BY 2 DESC")) {
            var spread = new StringBuilder();
            while (rs.next())
                spread.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append("  ");
            line("   states: %s", spread);
        }
        return count;
    }

    /** Older dossiers are mostly finished; the last weeks hold the open ones. */
    private static String state(Random random, int ageDays) {
        int x = random.nextInt(100);
        if (ageDays > 30) {
            return x < 85
                    ? "RETURNED"
                    : x < 92 ? "REFUSED" : x < 96 ? "WITHDRAWN" : x < 98 ? "RESULT_READY" : "IN_PROCESS";
        }
        return x < 15
                ? "RECEIVED"
                : x < 45
                        ? "IN_PROCESS"
                        : x < 55
                                ? "PENDING_APPROVAL"
                                : x < 62
                                        ? "SUPPLEMENT_REQUESTED"
                                        : x < 65
                                                ? "FEE_REQUESTED"
                                                : x < 78
                                                        ? "RESULT_READY"
                                                        : x < 95 ? "RETURNED" : x < 98 ? "REFUSED" : "WITHDRAWN";
    }

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private long countDossiers() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dossier")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String applicantNameOfBulk() {
        return "Trần Thị Hoa";
    }

    private String codeOfBulk(long offset) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT code FROM dossier WHERE id = ? AND receiving_agency_id = ?")) {
            for (long i = offset; ; i++) {
                s.setLong(1, BULK_ID_BASE + i);
                s.setLong(2, DEPARTMENT);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) return rs.getString(1);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. worklists
    // ------------------------------------------------------------------------------------------------------------

    private long total(Worklist list, PageRequest request) {
        var page = search.page(list, request);
        page.rows().forEach(r -> r.applicantName().length());
        return page.total();
    }

    private void time(String label, int runs, Supplier<Long> call) {
        long rows = 0;
        for (int i = 0; i < 3; i++) rows = call.get();
        var millis = new ArrayList<Double>();
        var cpuMillis = new ArrayList<Double>();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            touchDossiers();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            call.get();
            double ms = (System.nanoTime() - t) / 1e6;
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            millis.add(ms);
            if (i == 0 && ms > 3000 && runs > 5) {
                runs = 5; // very slow: fewer runs, the figure is clear enough
            }
        }
        millis.sort(Double::compare);
        cpuMillis.sort(Double::compare);
        double median = median(millis);
        double p95 = millis.get((int) Math.ceil(0.95 * millis.size()) - 1);
        line(
                "   %-34s %9d %7.1f ms %7.1f ms %7.1f ms %7.1f ms%s",
                label,
                rows,
                median,
                p95,
                millis.get(millis.size() - 1),
                median(cpuMillis),
                median > 300 ? "   <-- slow" : "");
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Changes one dossier row (outside the timing). H2 hands back the previous result of an identical query as long
     * as none of its tables has changed since, which would time a cache, not the query; in use the dossier table
     * changes all the time, so every timed call here follows a change too. The worklist's tab counts are kept until a
     * dossier changes ({@link WorklistCounts}): the change bumps their version as a transition does, so "counts of
     * every list" times the count an officer's first visit after any change pays.
     */
    private void touchDossiers() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE dossier SET note = ? WHERE id = ?")) {
            s.setString(1, "benchmark " + System.nanoTime());
            s.setLong(2, BULK_ID_BASE);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        worklistCounts.bump(); // as a transition does: the tab counts are then counted again, not read from memory
    }

    private void signIn(String username) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(
                username,
                username.equals("bench.admin") ? "ADMIN" : "DIVISION_HEAD",
                username.equals("bench.admin") ? 100L : DEPARTMENT);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    private void line(String format, Object... args) {
        report.append(String.format(format, args)).append('\n');
    }
}
