package vn.motcua.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.Lifecycle;
import vn.motcua.platform.security.control.Passwords;
import vn.motcua.portal.PortalClient;
import vn.motcua.portal.PortalClient.Answer;
import vn.motcua.portal.PortalClient.Failure;
import vn.motcua.portal.PortalClient.Kind;
import vn.motcua.spi.dossier.DossierState;

/**
 * Soak (issue 13), against a running {@code motcua.sh cluster}: {@code soak.officers} simulated officers (default 50)
 * work for {@code soak.minutes} (default 10) through the load balancer, over HTTP on the real screens: counter officers
 * receive dossiers at the counter and return results, division heads assign, processing officers forward to the
 * leader, leaders approve, and everyone now and then looks a dossier up on the public API and page. A few dossiers are
 * handed to two officers of the same role at once, so that the portal must refuse one of them. In the middle the H2
 * server is stopped and started again, later instance 1 is killed and started again. Logged-out officers log in again
 * (counted). Afterwards the database is read directly:
 *
 * <ul>
 *   <li>every receipt the driver saw acknowledged is stored exactly once under its code; no applicant of the run has
 *       two dossiers (each attempt has its own applicant, repeated presses included); codes are unique;
 *   <li>every acknowledged transition is in the history exactly once, every refused one left no trace, and the
 *       transitions whose answer never came (instance killed, timeout) are there at most once;
 *   <li>every dossier's history is a chain the lifecycle allows, from its receipt to its state.
 * </ul>
 *
 * Prints requests by kind, errors by kind, outcomes, dossiers per state and the checks. Settings (system properties):
 * {@code soak.officers}, {@code soak.minutes}, {@code soak.seed}. Never part of {@code mvn verify}: run with {@code
 * server-config/fault-tests.sh soak}.
 */
class SoakFault {

    private static final int OFFICERS = Integer.getInteger("soak.officers", 50);
    private static final double MINUTES = Double.parseDouble(System.getProperty("soak.minutes", "10"));
    private static final long SEED = Long.getLong("soak.seed", 13L);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern MESSAGE =
            Pattern.compile("ui-messages-(info|warn|error|fatal)-summary\">([^<]*)<", Pattern.DOTALL);
    private static final Pattern STATE_TAG =
            Pattern.compile("id=\"dossier:state\"[^>]*>(?:<[^>]*>)*([^<]+)<", Pattern.DOTALL);
    private static final String DONE = "Đã thực hiện";
    private static final String CONCURRENT = "Dữ liệu vừa được người khác thay đổi";

    /** Vietnamese state labels of the dossier page, back to the state (messages_vi.properties). */
    private static final Map<String, DossierState> STATE_LABELS = Map.ofEntries(
            Map.entry("Đã tiếp nhận", DossierState.RECEIVED),
            Map.entry("Đang xử lý", DossierState.IN_PROCESS),
            Map.entry("Chờ phê duyệt", DossierState.PENDING_APPROVAL),
            Map.entry("Có kết quả", DossierState.RESULT_READY),
            Map.entry("Đã trả kết quả", DossierState.RETURNED),
            Map.entry("Từ chối giải quyết", DossierState.REFUSED),
            Map.entry("Chờ bổ sung", DossierState.SUPPLEMENT_REQUESTED),
            Map.entry("Chờ nộp phí", DossierState.FEE_REQUESTED));

    enum Role {
        COUNTER,
        HEAD,
        OFFICER,
        LEADER
    }

    /**
     * One agency's people and the procedure they receive: the demo department of information and communications
     * ({@code *.tttt}), whose process is receive, assign, process, approve, return.
     */
    record Team(String name, String procedure, Map<Role, String> users) {}

    private static final List<Team> TEAMS = List.of(new Team(
            "tttt",
            "1.004690",
            Map.of(
                    Role.COUNTER, "tiepnhan.tttt",
                    Role.HEAD, "truongphong.tttt",
                    Role.OFFICER, "chuyenvien.tttt",
                    Role.LEADER, "lanhdao.tttt")));

    /** What the officer of each role does next to a dossier in each state. */
    private static final Map<DossierState, HandOverAction> NEXT = Map.of(
            DossierState.RECEIVED, HandOverAction.ASSIGN,
            DossierState.IN_PROCESS, HandOverAction.FORWARD,
            DossierState.PENDING_APPROVAL, HandOverAction.APPROVE,
            DossierState.RESULT_READY, HandOverAction.RETURN);

    // --- what the run saw --------------------------------------------------------------------------------------------

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> refusalTexts = new ConcurrentHashMap<>();

    /** One receipt attempt (its own applicant): ACK (code shown), UNKNOWN (no answer) or ABANDONED (refused/try again). */
    static final class Receipt {
        final String idNumber;
        volatile String outcome = "PENDING";
        volatile String code;
        volatile String secret;
        volatile long dossierId;

        Receipt(String idNumber) {
            this.idNumber = idNumber;
        }
    }

    record Transition(long dossierId, HandOverAction action, String outcome) {}

    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Transition> transitions = new ConcurrentLinkedQueue<>();
    private final List<Receipt> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final List<String> faultLog = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong applicants = new AtomicLong();
    private String runPrefix;
    private long started;
    private long deadline;

    /** Per team: the dossiers waiting for each action, and those whose state the driver must look up again. */
    private final Map<String, Map<HandOverAction, LinkedBlockingQueue<Long>>> queues = new ConcurrentHashMap<>();

    private final Map<String, LinkedBlockingQueue<Long>> resync = new ConcurrentHashMap<>();

    @Test
    void officersKeepWorkingThroughADatabaseRestartAndAKilledInstance() throws Exception {
        Random seeds = new Random(SEED);
        // the run's applicants: 12-digit numbers "9" + 4 digits of this run + 7 of the attempt
        runPrefix = "9" + String.format("%04d", (System.currentTimeMillis() / 1000) % 10_000);
        for (Team team : TEAMS) {
            var perAction = new ConcurrentHashMap<HandOverAction, LinkedBlockingQueue<Long>>();
            for (HandOverAction a : NEXT.values()) {
                perAction.put(a, new LinkedBlockingQueue<>());
            }
            queues.put(team.name(), perAction);
            resync.put(team.name(), new LinkedBlockingQueue<>());
        }
        setUpPasswords();

        started = System.nanoTime();
        long runNanos = (long) (MINUTES * 60e9);
        deadline = started + runNanos;
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS + 1);
        pool.submit(() -> faults(runNanos));
        for (int i = 0; i < OFFICERS; i++) {
            Team team = TEAMS.get(i % TEAMS.size());
            Role role = roleOf(i / TEAMS.size());
            long seed = seeds.nextLong();
            int number = i;
            pool.submit(() -> officer(number, team, role, new Random(seed)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(runNanos / 1_000_000_000L + 600, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Boolean> checks = finalChecks(seconds);
        assertThat(checks).as("final checks").doesNotContainValue(Boolean.FALSE);
    }

    /** Of every 10 officers: 4 at the counter, 2 division heads, 3 processing officers, 1 leader. */
    private static Role roleOf(int index) {
        return switch (index % 10) {
            case 0, 4, 7, 9 -> Role.COUNTER;
            case 1, 5 -> Role.HEAD;
            case 2, 6, 8 -> Role.OFFICER;
            default -> Role.LEADER;
        };
    }

    // --- passwords: the admin's reset (temporary, to be changed at login) and the officer's own change --------------

    private void setUpPasswords() throws SQLException {
        for (Team team : TEAMS) {
            for (String username : team.users().values()) {
                String temporary = Passwords.random(16);
                try (Connection db = ClusterUnderTest.database();
                        var update = db.prepareStatement(
                                "UPDATE officer SET password_hash = ?, password_change_required = TRUE,"
                                        + " failed_logins = 0, locked_until = NULL WHERE username = ?")) {
                    update.setString(1, Passwords.service().encryptPassword(temporary));
                    update.setString(2, username);
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("no officer " + username + " (demo data on?)");
                    }
                }
                PortalClient client =
                        new PortalClient(ClusterUnderTest.balanced().toExternalForm(), TIMEOUT, this::meter);
                Answer landed = submitLogin(client, username, temporary);
                if (!landed.path().startsWith("/change-password")) {
                    throw new IllegalStateException(
                            username + ": the first login did not ask for a new password (" + landed.path() + ")");
                }
                String chosen = "Soak-" + Passwords.random(16);
                Answer after = client.post(
                        landed,
                        "password",
                        "password:submit",
                        Map.of("password:current", temporary, "password:chosen", chosen, "password:repeated", chosen),
                        "POST change-password");
                if (after.path().startsWith("/change-password") || after.path().startsWith("/login")) {
                    throw new IllegalStateException(
                            username + ": the new password was not accepted: " + messages(after.body()));
                }
                passwords.put(username, chosen);
            }
        }
        System.out.printf(
                "%nSOAK  %d officer accounts: temporary passwords set as an admin's reset does, changed at"
                        + " the first login (generated for this run, never stored)%n%n",
                passwords.size());
    }

    private Answer submitLogin(PortalClient client, String username, String password) {
        Answer login = client.get("login.xhtml", "GET login");
        return client.post(
                login,
                "login",
                "login:submit",
                Map.of("login:username", username, "login:password", password),
                "POST login");
    }

    /**
     * At most two logins of one account at a time: the demo department has one account per role, shared here by many
     * simulated officers, and the portal counts a login in flight as an attempt (five at once lock the account, which
     * real officers, one account each, never do).
     */
    private final Map<String, java.util.concurrent.Semaphore> loginGates = new ConcurrentHashMap<>();

    private void logIn(PortalClient client, String username) {
        var gate = loginGates.computeIfAbsent(username, u -> new java.util.concurrent.Semaphore(2));
        gate.acquireUninterruptibly();
        try {
            logInNow(client, username);
        } finally {
            gate.release();
        }
    }

    private void logInNow(PortalClient client, String username) {
        Answer landed = submitLogin(client, username, passwords.get(username));
        if (landed.path().startsWith("/login") || landed.path().startsWith("/change-password")) {
            throw new Failure(Kind.UNEXPECTED, "login of " + username + " refused: " + messages(landed.body()));
        }
    }

    // --- the faults ------------------------------------------------------------------------------------------------

    private void faults(long runNanos) {
        if (!Boolean.parseBoolean(System.getProperty("soak.faults", "true"))) {
            faultLog.add("none (soak.faults=false)");
            return;
        }
        try {
            sleepUntil(started + runNanos * 3 / 10);
            fault("db-stop");
            sleepUntil(System.nanoTime() + 20_000_000_000L);
            fault("db-start");
            sleepUntil(started + runNanos * 6 / 10);
            fault("kill", "1");
            sleepUntil(System.nanoTime() + 15_000_000_000L);
            fault("restart", "1");
        } catch (RuntimeException e) {
            faultLog.add("fault thread failed: " + e);
        }
    }

    private void fault(String... command) {
        long at = System.nanoTime();
        int exit = ClusterUnderTest.script(command);
        faultLog.add(String.format(
                "%6.1f s  cluster %s -> exit %d (%.1f s)",
                (at - started) / 1e9, String.join(" ", command), exit, (System.nanoTime() - at) / 1e9));
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.min(left / 1_000_000 + 1, 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // --- one simulated officer ---------------------------------------------------------------------------------------

    private void officer(int number, Team team, Role role, Random random) {
        String username = team.users().get(role);
        PortalClient client = new PortalClient(ClusterUnderTest.balanced().toExternalForm(), TIMEOUT, this::meter);
        boolean loggedIn = false;
        // officers arrive over the first minute (or tenth of the run), not all at the same second
        pause((long) (Math.min(60_000, MINUTES * 6_000) * number / OFFICERS));
        while (System.nanoTime() < deadline) {
            try {
                if (!loggedIn) {
                    logIn(client, username);
                    loggedIn = true;
                }
                if (random.nextDouble() < 0.12) {
                    lookUp(client, random);
                } else {
                    work(client, team, role, random);
                }
            } catch (Failure f) {
                count(errors, f.label());
                refusalTexts.putIfAbsent("error " + f.label(), abbreviate(String.valueOf(f.getMessage())));
                if (f.kind == Kind.LOGGED_OUT || f.kind == Kind.VIEW_EXPIRED) {
                    count(errors, "RE_LOGIN");
                    client.forgetSession();
                    loggedIn = false;
                } else if (f.kind != Kind.TRY_AGAIN) {
                    pause(2000 + random.nextInt(3000)); // an officer waits a little before trying again
                }
            } catch (RuntimeException e) {
                count(errors, "DRIVER:" + e.getClass().getSimpleName());
                refusalTexts.putIfAbsent("DRIVER:" + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                pause(1000);
            }
            pause(1000 + random.nextInt(3000)); // think time between two tasks
        }
    }

    private void work(PortalClient client, Team team, Role role, Random random) {
        var teamQueues = queues.get(team.name());
        Long toResync = resync.get(team.name()).poll();
        if (toResync != null) {
            resyncState(client, team, toResync);
            return;
        }
        switch (role) {
            case COUNTER -> {
                Long ready = random.nextDouble() < 0.5
                        ? teamQueues.get(HandOverAction.RETURN).poll()
                        : null;
                if (ready != null) {
                    act(client, team, ready, HandOverAction.RETURN, random);
                } else {
                    receive(client, team, random);
                }
            }
            case HEAD -> next(client, team, HandOverAction.ASSIGN, random);
            case OFFICER -> next(client, team, HandOverAction.FORWARD, random);
            case LEADER -> next(client, team, HandOverAction.APPROVE, random);
        }
    }

    private void next(PortalClient client, Team team, HandOverAction action, Random random) {
        Long id;
        try {
            id = queues.get(team.name()).get(action).poll(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (id == null) {
            client.get("work/dossiers.xhtml", "GET worklist"); // nothing waiting: look at the worklist
            return;
        }
        act(client, team, id, action, random);
    }

    /** Puts a dossier where the next officer finds it; now and then twice, for two officers at once. */
    private void handOn(Team team, long id, HandOverAction action, Random random) {
        if (action == null) {
            return;
        }
        var queue = queues.get(team.name()).get(action);
        queue.add(id);
        if (random.nextDouble() < 0.08) {
            queue.add(id);
            count(outcomes, "queued twice (two officers at once)");
        }
    }

    // --- receive at the counter -------------------------------------------------------------------------------------

    private void receive(PortalClient client, Team team, Random random) {
        String idNumber = runPrefix + String.format("%07d", applicants.incrementAndGet());
        Answer page = client.get("counter/receive.xhtml", "GET receive");
        Map<String, String> fields = Forms.fields(page.body(), "receive");
        String counter = Forms.selectedOrFirst(page.body(), "receive:counter_input");
        String procedure = Forms.optionContaining(page.body(), "receive:procedure_input", team.procedure());
        if (procedure == null) {
            throw new IllegalStateException("procedure " + team.procedure() + " not offered at the counter");
        }
        String kind = fields.getOrDefault("receive:kind", "CITIZEN");
        client.ajax(
                page,
                "receive",
                "receive:find",
                "receive:find receive:kind receive:idNumber",
                "receive:applicant",
                null,
                Map.of("receive:kind", kind, "receive:idNumber", idNumber),
                "AJAX find applicant");
        pause(100 + random.nextInt(400));
        Map<String, String> chosen = client.ajax(
                page,
                "receive",
                "receive:procedure",
                "receive:procedure receive:counter",
                "receive:procedurePanel receive:actions receive:implementing",
                Forms.event(page.body(), "receive:procedure"),
                Map.of("receive:procedure_input", procedure, "receive:counter_input", counter),
                "AJAX choose procedure");
        String panel = chosen.getOrDefault("receive:procedurePanel", "");
        fields.putAll(Forms.fields(panel, "receive"));
        String implementing = chosen.getOrDefault("receive:implementing", "");
        if (implementing.contains("receive:decidingAgency_input")) {
            fields.put(
                    "receive:decidingAgency_input",
                    Forms.selectedOrFirst(implementing, "receive:decidingAgency_input"));
        }
        for (String tick : Forms.names(panel, "receive:documents:\\d+:received_input")) {
            String box = tick.replaceFirst("_input$", "");
            client.ajax(
                    page, "receive", box, box, "receive:actions", "change", Map.of(tick, "on"), "AJAX tick document");
            fields.put(tick, "on");
        }
        Forms.fillGenericForm(fields, panel, random);
        String name = "Người nộp thử " + idNumber.substring(5);
        fields.put("receive:counter_input", counter);
        fields.put("receive:procedure_input", procedure);
        fields.put("receive:kind", kind);
        fields.put("receive:idNumber", idNumber);
        fields.put("receive:name", name);
        fields.put("receive:address", "Số " + (1 + random.nextInt(200)) + " đường Lê Lợi");
        fields.put("receive:phone", "0912" + String.format("%06d", random.nextInt(1_000_000)));
        pause(300 + random.nextInt(1200)); // typing

        Receipt receipt = new Receipt(idNumber);
        receipts.put(idNumber, receipt);
        for (int press = 1; press <= 5; press++) {
            Map<String, String> answer;
            try {
                answer = client.ajax(
                        page, "receive", "receive:receive", "receive", "receive", null, fields, "AJAX receive");
            } catch (Failure f) {
                if (f.kind == Kind.TRY_AGAIN) {
                    count(errors, "TRY_AGAIN");
                    count(outcomes, "RECEIVE: try again, pressed again");
                    pause(3000);
                    continue;
                }
                receipt.outcome = "UNKNOWN";
                count(outcomes, "RECEIVE: no answer (" + f.kind + ")");
                throw f;
            }
            String result = answer.getOrDefault("receive", "");
            Matcher code = Pattern.compile("id=\"receive:code\">([^<]+)<").matcher(result);
            Matcher secret = Pattern.compile("id=\"receive:secret\">([^<]+)<").matcher(result);
            Matcher id = Pattern.compile("dossier=(\\d+)").matcher(result);
            if (code.find() && secret.find() && id.find()) {
                receipt.code = code.group(1).strip();
                receipt.secret = secret.group(1).strip();
                receipt.dossierId = Long.parseLong(id.group(1));
                receipt.outcome = "ACK";
                acknowledged.add(receipt);
                count(outcomes, "RECEIVE: acknowledged");
                handOn(team, receipt.dossierId, HandOverAction.ASSIGN, random);
                return;
            }
            receipt.outcome = "REFUSED";
            String text = messages(result);
            count(outcomes, "RECEIVE: refused with a message");
            refusalTexts.putIfAbsent("RECEIVE", text);
            return;
        }
        receipt.outcome = "ABANDONED";
        count(outcomes, "RECEIVE: abandoned after 5 'try again'");
    }

    // --- a transition on the dossier page ---------------------------------------------------------------------------

    private void act(PortalClient client, Team team, long id, HandOverAction action, Random random) {
        Answer page = client.get("work/dossier.xhtml?id=" + id, "GET dossier");
        String button = "dossier:act_" + action.name();
        if (!page.body().contains("id=\"" + button + "\"")) {
            record(id, action, "NOT_OFFERED");
            return;
        }
        pause(200 + random.nextInt(800)); // reading the dossier
        Map<String, String> dialog =
                client.ajax(page, "dossier", button, button, "actionDialog", null, Map.of(), "AJAX open " + action);
        String form = dialog.getOrDefault("actionDialog", String.join("", dialog.values()));
        var fields = new LinkedHashMap<String, String>();
        if (action == HandOverAction.ASSIGN) {
            List<String> officers = Forms.options(form, "actionForm:officer_input");
            if (officers.isEmpty()) {
                record(id, action, "REFUSED: no officer to assign");
                return;
            }
            fields.put("actionForm:officer_input", officers.get(random.nextInt(officers.size())));
        }
        if (form.contains("name=\"actionForm:comment\"")) {
            fields.put("actionForm:comment", "Soak " + action.name().toLowerCase() + " " + id);
        }
        pause(200 + random.nextInt(800));
        for (int press = 1; press <= 5; press++) {
            Map<String, String> answer;
            try {
                answer = client.ajax(
                        page,
                        "actionForm",
                        "actionForm:confirm",
                        "actionForm",
                        "actionForm dossier:page",
                        null,
                        fields,
                        "AJAX " + action);
            } catch (Failure f) {
                if (f.kind == Kind.TRY_AGAIN) {
                    count(errors, "TRY_AGAIN");
                    record(id, action, "TRY_AGAIN");
                    pause(3000);
                    continue;
                }
                record(id, action, "UNKNOWN");
                resync.get(team.name()).add(id);
                throw f;
            }
            String all = String.join("\n", answer.values());
            if (all.contains(DONE)) {
                record(id, action, "ACK");
                Matcher state = STATE_TAG.matcher(answer.getOrDefault("dossier:page", ""));
                DossierState now =
                        state.find() ? STATE_LABELS.get(state.group(1).strip()) : null;
                if (now == null) {
                    resync.get(team.name()).add(id);
                } else {
                    handOn(team, id, NEXT.get(now), random);
                }
                return;
            }
            String text = messages(all);
            String kind = text.contains(CONCURRENT)
                    ? "REFUSED: changed by someone else"
                    : "REFUSED: " + (text.isBlank() ? "no message" : "other");
            refusalTexts.putIfAbsent(
                    kind,
                    text.isBlank()
                            ? "answer: "
                                    + abbreviate(all.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "))
                            : text);
            record(id, action, kind);
            return;
        }
        record(id, action, "ABANDONED");
    }

    /** After an answer that never came: the dossier page says where the dossier stands. */
    private void resyncState(PortalClient client, Team team, long id) {
        Answer page = client.get("work/dossier.xhtml?id=" + id, "GET dossier (resync)");
        Matcher state = STATE_TAG.matcher(page.body());
        DossierState now = state.find() ? STATE_LABELS.get(state.group(1).strip()) : null;
        count(outcomes, "resync: " + now);
        if (now != null) {
            handOn(team, id, NEXT.get(now), new Random(id));
        }
    }

    private void record(long id, HandOverAction action, String outcome) {
        transitions.add(new Transition(id, action, outcome));
        count(outcomes, action + ": " + outcome);
    }

    // --- public lookups ---------------------------------------------------------------------------------------------

    private void lookUp(PortalClient client, Random random) {
        Receipt known;
        synchronized (acknowledged) {
            if (acknowledged.isEmpty()) {
                return;
            }
            known = acknowledged.get(random.nextInt(acknowledged.size()));
        }
        String query = "code=" + known.code + "&secret=" + known.secret;
        if (random.nextBoolean()) {
            var reply = client.raw("api/v1/lookup?" + query, "GET lookup API");
            if (reply.status() != 200 || !reply.body().contains(known.code)) {
                count(errors, "LOOKUP_WRONG");
                refusalTexts.putIfAbsent("LOOKUP_WRONG", "API " + reply.status() + " " + abbreviate(reply.body()));
            }
        } else {
            Answer page = client.get("public/lookup.xhtml?" + query, "GET lookup page");
            if (!page.body().contains(known.code)) {
                count(errors, "LOOKUP_WRONG");
                refusalTexts.putIfAbsent("LOOKUP_WRONG", "page " + page.path() + " " + messages(page.body()));
            }
        }
    }

    // --- the final checks
    // ---------------------------------------------------------------------------------------------

    private Map<String, Boolean> finalChecks(double seconds) throws SQLException {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        var problems = new ArrayList<String>();
        Map<Long, String> stateOf = new HashMap<>();
        Map<String, List<Long>> dossiersOfApplicant = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        Map<Long, List<String[]>> history = new HashMap<>();
        Map<Long, Long[]> current = new HashMap<>();
        int duplicateCodes;
        try (Connection db = ClusterUnderTest.database()) {
            try (var query = db.prepareStatement(
                    "SELECT d.id, d.code, d.state, a.id_number, d.current_agency_id, d.assignee_id FROM dossier d"
                            + " JOIN applicant a ON a.id = d.applicant_id WHERE a.id_number LIKE ?")) {
                query.setString(1, runPrefix + "%");
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    codeOf.put(id, rows.getString(2));
                    stateOf.put(id, rows.getString(3));
                    dossiersOfApplicant
                            .computeIfAbsent(rows.getString(4), k -> new ArrayList<>())
                            .add(id);
                    current.put(id, new Long[] {rows.getLong(5), (Long) rows.getObject(6)});
                }
            }
            try (var query = db.prepareStatement("SELECT h.dossier_id, h.position, h.action, h.from_state, h.to_state,"
                    + " h.to_agency_id FROM hand_over h JOIN dossier d ON d.id = h.dossier_id JOIN applicant a"
                    + " ON a.id = d.applicant_id WHERE a.id_number LIKE ? ORDER BY h.dossier_id, h.position")) {
                query.setString(1, runPrefix + "%");
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    history.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(new String[] {
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6)
                            });
                }
            }
            try (var query = db.createStatement()) {
                ResultSet rows = query.executeQuery(
                        "SELECT COUNT(*) FROM (SELECT code FROM dossier GROUP BY code HAVING COUNT(*) > 1) t");
                rows.next();
                duplicateCodes = rows.getInt(1);
            }
        }

        // 1. receipts: none lost, none duplicated
        int lost = 0;
        int twice = 0;
        int unknownStored = 0;
        int unknownNotStored = 0;
        int refusedButStored = 0;
        for (Receipt r : receipts.values()) {
            List<Long> ids = dossiersOfApplicant.getOrDefault(r.idNumber, List.of());
            if (ids.size() > 1) {
                twice++;
                problems.add("applicant " + r.idNumber + " has " + ids.size() + " dossiers " + ids);
            }
            switch (r.outcome) {
                case "ACK" -> {
                    if (ids.size() != 1 || ids.get(0) != r.dossierId || !r.code.equals(codeOf.get(r.dossierId))) {
                        lost++;
                        problems.add("acknowledged " + r.code + " (id " + r.dossierId + ") stored as " + ids);
                    }
                }
                case "UNKNOWN", "PENDING" -> {
                    if (ids.isEmpty()) {
                        unknownNotStored++;
                    } else {
                        unknownStored++;
                    }
                }
                default -> {
                    if (!ids.isEmpty()) {
                        refusedButStored++;
                        problems.add("receipt " + r.idNumber + " " + r.outcome + " but stored as " + ids);
                    }
                }
            }
        }
        var acknowledgedActions = new java.util.TreeSet<String>();
        transitions.stream()
                .filter(t -> t.outcome().equals("ACK"))
                .forEach(t -> acknowledgedActions.add(t.action().name()));
        checks.put(
                "work was done: receipts acknowledged, and ASSIGN, FORWARD, APPROVE, RETURN each at least once "
                        + acknowledgedActions,
                !acknowledged.isEmpty()
                        && acknowledgedActions.containsAll(List.of("ASSIGN", "FORWARD", "APPROVE", "RETURN")));
        checks.put(
                "every acknowledged receipt stored exactly once under its code (" + acknowledged.size() + ")",
                lost == 0);
        checks.put("no applicant of the run with two dossiers (repeated presses included)", twice == 0);
        checks.put("receipts refused or abandoned left no dossier", refusedButStored == 0);
        checks.put("dossier codes unique in the whole database", duplicateCodes == 0);
        checks.put(
                "no dossier of the run the driver did not start",
                dossiersOfApplicant.keySet().stream().allMatch(receipts::containsKey));

        // 2. transitions: acknowledged once, refused without trace, unknown at most once
        Map<Long, Map<String, int[]>> seen = new HashMap<>(); // [ack, unknown]
        for (Transition t : transitions) {
            int[] c = seen.computeIfAbsent(t.dossierId(), k -> new HashMap<>())
                    .computeIfAbsent(t.action().name(), k -> new int[2]);
            if (t.outcome().equals("ACK")) {
                c[0]++;
            } else if (t.outcome().equals("UNKNOWN")) {
                c[1]++;
            }
        }
        int transitionProblems = 0;
        int unknownApplied = 0;
        int unknownNotApplied = 0;
        for (var perDossier : seen.entrySet()) {
            List<String[]> rows = history.getOrDefault(perDossier.getKey(), List.of());
            for (var perAction : perDossier.getValue().entrySet()) {
                long inHistory = rows.stream()
                        .filter(h -> h[1].equals(perAction.getKey()))
                        .count();
                int ack = perAction.getValue()[0];
                int unknown = perAction.getValue()[1];
                if (inHistory < ack || inHistory > ack + unknown) {
                    transitionProblems++;
                    problems.add("dossier " + perDossier.getKey() + " " + perAction.getKey() + ": " + inHistory
                            + " in history, " + ack + " acknowledged, " + unknown + " unanswered");
                } else if (unknown > 0) {
                    unknownApplied += (int) (inHistory - ack);
                    unknownNotApplied += unknown - (int) (inHistory - ack);
                }
            }
        }
        // actions in the history the driver never sent (or sent and was refused): none
        for (var entry : history.entrySet()) {
            var perAction = seen.getOrDefault(entry.getKey(), Map.of());
            for (String[] h : entry.getValue()) {
                if (!h[1].equals("RECEIVE") && !perAction.containsKey(h[1])) {
                    transitionProblems++;
                    problems.add("dossier " + entry.getKey() + ": " + h[1] + " in history, never sent or refused");
                }
            }
        }
        checks.put(
                "every acknowledged transition applied exactly once, refused ones left no trace, unanswered ones"
                        + " at most once",
                transitionProblems == 0);

        // 3. history consistent with state
        int chainProblems = 0;
        for (var entry : stateOf.entrySet()) {
            long id = entry.getKey();
            List<String[]> rows = history.getOrDefault(id, List.of());
            String problem = chainProblem(rows, entry.getValue(), current.get(id));
            if (problem != null) {
                chainProblems++;
                problems.add("dossier " + id + " (" + codeOf.get(id) + "): " + problem);
            }
        }
        checks.put("every dossier's history is a chain the lifecycle allows, ending in its state", chainProblems == 0);

        // --- the report
        var out = new StringBuilder();
        out.append(String.format(
                "%nSOAK  %d simulated officers, %.1f min planned, %.1f s run, seed %d, through %s%n",
                OFFICERS, MINUTES, seconds, SEED, ClusterUnderTest.balanced()));
        out.append("  faults:\n");
        faultLog.forEach(f -> out.append("    ").append(f).append('\n'));
        long total = requests.values().stream().mapToLong(LongAdder::sum).sum();
        out.append(String.format("  requests by kind (%d in all, %.1f/s):%n", total, total / seconds));
        requestTable(out);
        out.append("  errors by kind:\n");
        table(out, errors);
        out.append("  outcomes:\n");
        table(out, outcomes);
        if (!refusalTexts.isEmpty()) {
            out.append("  an example of each refusal and error kind:\n");
            new TreeMap<>(refusalTexts).forEach((k, v) -> out.append(String.format("    %-40s %s%n", k, v)));
        }
        var perState = new TreeMap<String, Integer>();
        stateOf.values().forEach(s -> perState.merge(s, 1, Integer::sum));
        out.append(String.format("  dossiers of the run per state (%d in all):%n", stateOf.size()));
        perState.forEach((s, n) -> out.append(String.format("    %-40s %8d%n", s, n)));
        out.append(String.format(
                "  receipts: %d attempts, %d acknowledged; unanswered: %d stored, %d not stored%n",
                receipts.size(), acknowledged.size(), unknownStored, unknownNotStored));
        out.append(String.format(
                "  unanswered transitions: %d applied (once), %d not applied%n", unknownApplied, unknownNotApplied));
        out.append("  checks:\n");
        checks.forEach((k, v) -> out.append(String.format("    [%s] %s%n", v ? "PASS" : "FAIL", k)));
        problems.stream().limit(30).forEach(p -> out.append("    ! ").append(p).append('\n'));
        System.out.println(out);
        return checks;
    }

    /**
     * What is wrong with one dossier's history, or null: positions consecutive, first a receipt, each row's from-state
     * the previous row's to-state, each step one the lifecycle allows, the last to-state the dossier's state, its
     * current agency the last hand-over's, and an assignee while in process.
     */
    static String chainProblem(List<String[]> rows, String state, Long[] agencyAndAssignee) {
        if (rows.isEmpty()) {
            return "no history";
        }
        String previous = null;
        for (int i = 0; i < rows.size(); i++) {
            String[] h = rows.get(i);
            if (Integer.parseInt(h[0]) != Integer.parseInt(rows.get(0)[0]) + i) {
                return "positions not consecutive at row " + i;
            }
            HandOverAction action = HandOverAction.valueOf(h[1]);
            if (i == 0 && (action != HandOverAction.RECEIVE || h[2] != null)) {
                return "does not start with a receipt";
            }
            if (i > 0 && !String.valueOf(previous).equals(h[2])) {
                return "row " + i + " (" + h[1] + ") from " + h[2] + " but the previous row ended in " + previous;
            }
            Lifecycle.Cell cell = Lifecycle.cell(h[2] == null ? null : DossierState.valueOf(h[2]), action);
            if (cell == null) {
                return "row " + i + ": " + h[1] + " not allowed from " + h[2];
            }
            DossierState to = DossierState.valueOf(h[3]);
            boolean fits =
                    switch (cell.outcome()) {
                        case TO -> cell.to() == to;
                        case STAY -> to.name().equals(h[2]);
                        case WORK -> Set.of(
                                        DossierState.RECEIVED, DossierState.IN_PROCESS, DossierState.PENDING_APPROVAL)
                                .contains(to);
                        case BACK_TO_WORK -> Set.of(DossierState.RECEIVED, DossierState.IN_PROCESS)
                                .contains(to);
                        case RESUME -> Set.of(DossierState.IN_PROCESS, DossierState.PENDING_APPROVAL)
                                .contains(to);
                    };
            if (!fits) {
                return "row " + i + ": " + h[1] + " from " + h[2] + " cannot end in " + h[3];
            }
            previous = h[3];
        }
        if (!state.equals(previous)) {
            return "state " + state + " but the last hand-over ended in " + previous;
        }
        String[] last = rows.get(rows.size() - 1);
        if (last[4] != null && agencyAndAssignee != null && Long.parseLong(last[4]) != agencyAndAssignee[0]) {
            return "current agency " + agencyAndAssignee[0] + " but the last hand-over went to agency " + last[4];
        }
        if (state.equals("IN_PROCESS") && agencyAndAssignee != null && agencyAndAssignee[1] == null) {
            return "in process without an assignee";
        }
        return null;
    }

    // --- small helpers ----------------------------------------------------------------------------------------------

    private static void table(StringBuilder out, Map<String, LongAdder> counts) {
        if (counts.isEmpty()) {
            out.append("    (none)\n");
        }
        new TreeMap<>(counts).forEach((k, v) -> out.append(String.format("    %-48s %8d%n", k, v.sum())));
    }

    private void meter(String kind, long nanos) {
        count(requests, kind);
        latencies
                .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(nanos / 1_000_000);
    }

    /** Requests by kind with their answer times (median, 95th percentile, max), in milliseconds. */
    private void requestTable(StringBuilder out) {
        out.append(String.format("    %-40s %8s %8s %8s %8s%n", "", "count", "p50 ms", "p95 ms", "max ms"));
        new TreeMap<>(requests).forEach((kind, n) -> {
            List<Long> times;
            synchronized (latencies.get(kind)) {
                times = new ArrayList<>(latencies.get(kind));
            }
            Collections.sort(times);
            out.append(String.format(
                    "    %-40s %8d %8d %8d %8d%n",
                    kind,
                    n.sum(),
                    times.get(times.size() / 2),
                    times.get(Math.min(times.size() - 1, (int) (times.size() * 0.95))),
                    times.get(times.size() - 1)));
        });
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** The portal's messages on a page or in an Ajax answer. */
    static String messages(String html) {
        var found = new ArrayList<String>();
        Matcher m = MESSAGE.matcher(html);
        while (m.find()) {
            found.add(PortalClient.unescape(m.group(2).strip()));
        }
        return String.join(" | ", found);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String now() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
