package vn.motcua.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.portal.PortalClient;
import vn.motcua.portal.PortalClient.Answer;

/**
 * Caches cluster-correct (issue 13), against a running {@code motcua.sh cluster}: each change is made by an
 * administrator on <b>instance 1</b> through the admin screens (HTTP, as the browser sends it), and an officer
 * already signed in on <b>instance 2</b> must see it within a second:
 *
 * <ul>
 *   <li><i>permissions</i>: the counter officers' role gets "audit:view" (admin/roles.xhtml): the officer's menu on
 *       instance 2 shows the audit trail; the permission is taken away again: the entry goes;
 *   <li><i>the working calendar</i>: a holiday on the next working day (admin/calendar.xhtml): a dossier's remaining
 *       working time on instance 2 drops; the day is removed again: it comes back;
 *   <li><i>plugin switches</i>: the social-welfare plugin is enabled for the officer's agency (admin/plugins.xhtml):
 *       its menu entry shows on instance 2; disabled again: it goes.
 * </ul>
 *
 * A change counts as seen in time when the first read on instance 2 <i>sent</i> a second or more after the change
 * was acknowledged (or an earlier one) shows it; the time of the first read that showed it is printed. The demo
 * administrator {@code quantri.tttt} is given the ADMIN role for the run (taken away afterwards), the demo counter
 * officer {@code tiepnhan.tttt} is the observer; both get a generated password. Catalog versions are not checked
 * here (a new version needs the procedure editor's whole journey; they are read from the database at each request,
 * nothing cached). Never part of {@code mvn verify}: run with {@code server-config/fault-tests.sh caches}.
 */
class CachesFault {

    private static final String ADMIN = "quantri.tttt";
    private static final long ADMIN_ID = 304;
    private static final long ADMIN_ROLE = 1;
    private static final String OBSERVER = CounterSteps.OFFICER;
    private static final long COUNTER_ROLE = 3;
    private static final long OBSERVER_AGENCY = 110;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final double WITHIN = 1.0;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static boolean adminRoleAdded;
    private static PortalClient admin;
    private static PortalClient observer;
    private static final List<String> lines = new ArrayList<>();

    @BeforeAll
    static void signIn() throws SQLException {
        try (Connection db = ClusterUnderTest.database();
                var has =
                        db.prepareStatement("SELECT COUNT(*) FROM officer_role WHERE officer_id = ? AND role_id = ?")) {
            has.setLong(1, ADMIN_ID);
            has.setLong(2, ADMIN_ROLE);
            var rows = has.executeQuery();
            rows.next();
            if (rows.getInt(1) == 0) {
                try (var add = db.prepareStatement("INSERT INTO officer_role (officer_id, role_id) VALUES (?, ?)")) {
                    add.setLong(1, ADMIN_ID);
                    add.setLong(2, ADMIN_ROLE);
                    add.executeUpdate();
                    adminRoleAdded = true;
                }
            }
        }
        admin = signedIn(1, ADMIN);
        observer = signedIn(2, OBSERVER);
    }

    @AfterAll
    static void report() throws SQLException {
        if (adminRoleAdded) {
            try (Connection db = ClusterUnderTest.database();
                    var remove = db.prepareStatement("DELETE FROM officer_role WHERE officer_id = ? AND role_id = ?")) {
                remove.setLong(1, ADMIN_ID);
                remove.setLong(2, ADMIN_ROLE);
                remove.executeUpdate();
            }
        }
        System.out.printf(
                "%nCACHES  changed on instance 1 (admin screens), read on instance 2 (an officer signed in"
                        + " there); seen in time = by the first read sent %.1f s after the change was acknowledged%n",
                WITHIN);
        lines.forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    @Test
    void aPermissionGivenOrTakenOnOneInstanceCountsOnTheOther() {
        Predicate<String> audit = page -> page.contains("menu-audit\"");
        Supplier<String> menu =
                () -> observer.get("index.xhtml", "GET index (instance 2)").body();
        assertThat(audit.test(menu.get()))
                .as("the counter officers start without audit:view")
                .isFalse();
        seen("permission given (role COUNTER_OFFICER + audit:view)", () -> editCounterRole(true), menu, audit);
        seen(
                "permission taken (role COUNTER_OFFICER - audit:view)",
                () -> editCounterRole(false),
                menu,
                audit.negate());
    }

    @Test
    void aHolidayAddedOrRemovedOnOneInstanceCountsOnTheOther() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate holiday = nextPlainWorkingDay(today);
        long dossier = dossierDueAfter(holiday.plusDays(1));
        Supplier<String> shown = () -> remaining(dossier);
        String before = shown.get();
        assertThat(before)
                .as("dossier " + dossier + " shows its remaining time")
                .isNotBlank();
        seen(
                "holiday " + holiday.format(DAY) + " added (dossier " + dossier + ": " + before.strip() + ")",
                () -> calendar(holiday, true),
                shown,
                text -> !text.equals(before));
        seen("holiday " + holiday.format(DAY) + " removed", () -> calendar(holiday, false), shown, before::equals);
    }

    @Test
    void aPluginSwitchedOnOneInstanceCountsOnTheOther() {
        Predicate<String> registry = page -> page.contains("/p/social-welfare/registry.xhtml");
        Supplier<String> menu =
                () -> observer.get("index.xhtml", "GET index (instance 2)").body();
        assertThat(registry.test(menu.get()))
                .as("social-welfare starts disabled for the officer's agency")
                .isFalse();
        seen("plugin social-welfare enabled for agency " + OBSERVER_AGENCY, () -> plugin(true), menu, registry);
        seen(
                "plugin social-welfare disabled for agency " + OBSERVER_AGENCY,
                () -> plugin(false),
                menu,
                registry.negate());
    }

    // --- measuring ---------------------------------------------------------------------------------------------------

    /**
     * Makes {@code change} on instance 1, then reads on instance 2 until {@code shows} holds: as often as the answers
     * come until a second has passed, then once more. Records the time of the first read that showed it.
     */
    private static void seen(String what, Runnable change, Supplier<String> read, Predicate<String> shows) {
        change.run();
        long changed = System.nanoTime();
        int reads = 0;
        while (true) {
            double sent = (System.nanoTime() - changed) / 1e9;
            String page = read.get();
            reads++;
            double answered = (System.nanoTime() - changed) / 1e9;
            if (shows.test(page)) {
                String line = String.format(
                        "%-70s seen by read %d, sent %.2f s after the change (answered %.2f s): PASS",
                        what, reads, sent, answered);
                lines.add(line);
                return;
            }
            if (sent >= WITHIN) {
                lines.add(String.format(
                        "%-70s NOT seen by read %d, sent %.2f s after the change: FAIL", what, reads, sent));
                throw new AssertionError(what + ": not seen on instance 2 by a read sent " + sent + " s after");
            }
            sleepUntil(changed, Math.min(WITHIN, sent + 0.1));
        }
    }

    private static void sleepUntil(long from, double seconds) {
        long wait = from + (long) (seconds * 1e9) - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- the changes on instance 1 -----------------------------------------------------------------------------------

    private static final Pattern CHECKBOX = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);

    /** Edits the counter officers' role in its dialog: its permissions with or without audit:view. */
    private static void editCounterRole(boolean withAudit) {
        Answer page = admin.get("admin/roles.xhtml", "GET roles (instance 1)");
        String edit = buttonInRow(page.body(), "roles:table", "COUNTER_OFFICER", "edit");
        Map<String, String> dialog =
                admin.ajax(page, "roles", edit, edit, "roleDialog", null, Map.of(), "AJAX edit role");
        String form = String.join("", dialog.values());
        Map<String, String> fields = Forms.fields(form, "roleForm");
        fields.keySet().removeIf(name -> name.startsWith("roleForm:permissions"));
        List<String> permissions = new ArrayList<>();
        Matcher input = CHECKBOX.matcher(form);
        while (input.find()) {
            String tag = input.group();
            if ("roleForm:permissions".equals(Forms.attribute(tag, "name"))
                    && tag.matches("(?s).*\\schecked(=\"[^\"]*\")?[\\s/>].*")) {
                permissions.add(Forms.attribute(tag, "value"));
            }
        }
        assertThat(permissions).as("the role's permissions in the dialog").contains("dossier:receive");
        permissions.remove("audit:view");
        if (withAudit) {
            permissions.add("audit:view");
        }
        Map<String, String> saved = admin.ajaxForm(
                page,
                "roleForm",
                "roleForm:save",
                "roleForm roles:table",
                fields,
                Map.of("roleForm:permissions", permissions),
                "AJAX save role");
        assertThat(String.join("", saved.values())).as("saved without an error").doesNotContain("ui-messages-error");
    }

    private static final Pattern SHOWN_YEAR = Pattern.compile("id=\"calendar:year\"[^>]*>[^<0-9]*(\\d{4})<");

    /** Adds a holiday on {@code date}, or removes it, on admin/calendar.xhtml (turned to the date's year first). */
    private static void calendar(LocalDate date, boolean add) {
        Answer page = admin.get("admin/calendar.xhtml", "GET calendar (instance 1)");
        String year = page.body();
        for (int turns = 0; turns < 3; turns++) {
            Matcher shown = SHOWN_YEAR.matcher(year);
            assertThat(shown.find()).as("the calendar shows a year").isTrue();
            int difference = date.getYear() - Integer.parseInt(shown.group(1));
            if (difference == 0) {
                break;
            }
            String turn = difference > 0 ? "calendar:next" : "calendar:previous";
            year = String.join(
                    "",
                    admin.ajax(page, "calendar", turn, turn, "calendar", null, Map.of(), "AJAX turn year")
                            .values());
        }
        if (add) {
            var fields = new LinkedHashMap<String, String>();
            fields.put("calendar:newDate_input", date.format(DAY));
            fields.put("calendar:newKind_input", "HOLIDAY");
            fields.put("calendar:newName", "Kiểm tra bộ nhớ đệm cụm máy chủ");
            Map<String, String> answer = admin.ajax(
                    page,
                    "calendar",
                    "calendar:add",
                    "calendar:add calendar:newDate calendar:newKind calendar:newName",
                    "calendar",
                    null,
                    fields,
                    "AJAX add holiday");
            assertThat(String.join("", answer.values())).as("the day is listed").contains(date.format(DAY));
        } else {
            String remove = buttonInRow(year, "calendar:days", date.format(DAY), null);
            admin.ajax(page, "calendar", remove, remove, "calendar", null, Map.of(), "AJAX remove holiday");
        }
    }

    /** Enables the social-welfare plugin for the observer's agency, or disables it, on admin/plugins.xhtml. */
    private static void plugin(boolean enable) {
        Answer page = admin.get("admin/plugins.xhtml", "GET plugins (instance 1)");
        String row = row(page.body(), "plugins:table", "social-welfare");
        if (enable) {
            String button = clientId(row, "plugins:table:\\d+:enable");
            Map<String, String> dialog =
                    admin.ajax(page, "plugins", button, button, "enableDialog", null, Map.of(), "AJAX choose plugin");
            assertThat(Forms.options(String.join("", dialog.values()), "enableForm:agency_input"))
                    .contains(String.valueOf(OBSERVER_AGENCY));
            Map<String, String> saved = admin.ajax(
                    page,
                    "enableForm",
                    "enableForm:save",
                    "enableForm",
                    "enableForm plugins",
                    null,
                    Map.of("enableForm:agency_input", String.valueOf(OBSERVER_AGENCY)),
                    "AJAX enable plugin");
            assertThat(String.join("", saved.values())).doesNotContain("ui-messages-error");
        } else {
            String name = agencyName(OBSERVER_AGENCY);
            int at = row.indexOf(name);
            assertThat(at).as("the plugin's agencies list " + name).isNotNegative();
            String disable = clientId(row.substring(at), "plugins:table:\\d+:[^\"]*disable");
            admin.ajax(page, "plugins", disable, disable, "plugins", null, Map.of(), "AJAX disable plugin");
        }
    }

    // --- what instance 2 shows ---------------------------------------------------------------------------------------

    private static final Pattern REMAINING = Pattern.compile("id=\"dossier:remaining\"[^>]*>([^<]*)<");

    private static String remaining(long dossier) {
        Matcher m = REMAINING.matcher(observer.get("work/dossier.xhtml?id=" + dossier, "GET dossier (instance 2)")
                .body());
        return m.find() ? m.group(1).strip() : "";
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private static PortalClient signedIn(int instance, String username) {
        try {
            String password = ClusterUnderTest.officerPassword(username);
            var client = new PortalClient(ClusterUnderTest.instance(instance).toExternalForm(), TIMEOUT, (k, n) -> {});
            Answer login = client.get("login.xhtml", "GET login");
            Answer landed = client.post(
                    login,
                    "login",
                    "login:submit",
                    Map.of("login:username", username, "login:password", password),
                    "POST login");
            assertThat(landed.path())
                    .as(username + " signed in on instance " + instance)
                    .doesNotStartWith("/login");
            return client;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The markup of the table row of {@code table} that contains {@code text}. */
    private static String row(String html, String table, String text) {
        Matcher tr = Pattern.compile("<tr\\b[^>]*data-ri=\"\\d+\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        while (tr.find()) {
            if (tr.group(1).contains(text) && tr.group(1).contains(table + ":")) {
                return tr.group(1);
            }
        }
        throw new AssertionError("no row of " + table + " with " + text);
    }

    /** The client id of the button {@code suffix} (any button when null) in the row of {@code table} with {@code text}. */
    private static String buttonInRow(String html, String table, String text, String suffix) {
        String row = row(html, table, text);
        Matcher button = Pattern.compile("<button\\b[^>]*\\sid=\"(" + Pattern.quote(table) + ":\\d+:[^\"]+)\"")
                .matcher(row);
        while (button.find()) {
            if (suffix == null || button.group(1).endsWith(":" + suffix)) {
                return button.group(1);
            }
        }
        throw new AssertionError("no button " + suffix + " in the row of " + table + " with " + text);
    }

    private static String clientId(String html, String regex) {
        Matcher id = Pattern.compile("\\sid=\"(" + regex + ")\"").matcher(html);
        if (!id.find()) {
            throw new AssertionError("no element " + regex);
        }
        return id.group(1);
    }

    /** The first working day after {@code today} that the calendar does not list yet (neither weekend nor listed). */
    private static LocalDate nextPlainWorkingDay(LocalDate today) throws SQLException {
        try (Connection db = ClusterUnderTest.database();
                var listed = db.prepareStatement("SELECT COUNT(*) FROM calendar_day WHERE calendar_date = ?")) {
            for (LocalDate day = today.plusDays(1); ; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                listed.setDate(1, Date.valueOf(day));
                var rows = listed.executeQuery();
                rows.next();
                if (rows.getInt(1) == 0) {
                    return day;
                }
            }
        }
    }

    /** An open dossier of the observer's agency, its clock running, due after {@code after}. */
    private static long dossierDueAfter(LocalDate after) throws SQLException {
        try (Connection db = ClusterUnderTest.database();
                var query = db.prepareStatement("SELECT id FROM dossier WHERE current_agency_id IN (SELECT id FROM"
                        + " agency WHERE id = ? OR parent_id = ?) AND state IN ('RECEIVED', 'IN_PROCESS',"
                        + " 'PENDING_APPROVAL') AND paused_at IS NULL AND due_at > ? ORDER BY id DESC")) {
            query.setLong(1, OBSERVER_AGENCY);
            query.setLong(2, OBSERVER_AGENCY);
            query.setDate(3, Date.valueOf(after));
            var rows = query.executeQuery();
            if (!rows.next()) {
                throw new AssertionError("no open dossier of agency " + OBSERVER_AGENCY + " due after " + after
                        + " (run fault-tests.sh failover or soak first: they receive some)");
            }
            return rows.getLong(1);
        }
    }

    private static String agencyName(long id) {
        try (Connection db = ClusterUnderTest.database();
                var query = db.prepareStatement("SELECT name FROM agency WHERE id = ?")) {
            query.setLong(1, id);
            var rows = query.executeQuery();
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
