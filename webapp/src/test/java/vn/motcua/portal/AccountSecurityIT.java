package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CalendarAdministration;
import vn.motcua.catalog.control.calendar.DayKind;
import vn.motcua.directory.boundary.AgencyAdministration;
import vn.motcua.directory.boundary.OfficerAdministration;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.directory.control.OfficerRealm;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.audit.boundary.AuditLog;
import vn.motcua.platform.audit.entity.AuditEvent;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.plugins.licensing.LicensingPlugin;

/**
 * Logins and open sessions against the real portal (issue 12): the lockout holds under simultaneous attempts, a
 * failed login tells nothing about the account, a change of rights applies to an open session at its next request
 * (and to a new login), deactivation and a new password end the other sessions, and all of it lands in the audit
 * trail, which the auditor filters in the database. And the server's ports listen on loopback only.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    TestOfficers officers;

    @Inject
    OfficerRealm realm;

    @Inject
    AuditLog auditLog;

    @Inject
    OfficerAdministration administration;

    @Inject
    AgencyAdministration agencies;

    @Inject
    PluginSwitches pluginSwitches;

    @Inject
    CalendarAdministration calendar;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    /** Container threads, so that the realm's transactions and lookups work as in a request. */
    @Resource
    ManagedThreadFactory threads;

    @AfterEach
    void logout() {
        try {
            SecurityUtils.getSubject().logout();
        } catch (org.apache.shiro.UnavailableSecurityManagerException onTheClientSide) {
            // @RunAsClient tests have no Shiro here: their sessions live in the portal
        }
    }

    @Test
    void tenSimultaneousWrongPasswordsGetFiveChecksAndALockout() throws Exception {
        officers.create("khoa.dongthoi.test", "COUNTER_OFFICER", 111L);
        var executor = Executors.newFixedThreadPool(10, threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    realm.getAuthenticationInfo(new UsernamePasswordToken("khoa.dongthoi.test", "sai-mat-khau-123"));
                    return true;
                } catch (AuthenticationException refused) {
                    assertThat(refused).isExactlyInstanceOf(IncorrectCredentialsException.class);
                    return false;
                }
            };
            attempts.add(executor.submit(attempt));
        }
        start.countDown(); // all ten at once
        for (Future<Boolean> attempt : attempts) {
            assertThat(attempt.get()).isFalse();
        }
        executor.shutdown();

        assertThat(count("khoa.dongthoi.test", OfficerRealm.LOGIN_FAILED, "wrong password"))
                .as("passwords actually checked: the 5 allowed failures, not 10")
                .isEqualTo(5);
        assertThat(count("khoa.dongthoi.test", OfficerRealm.LOGIN_FAILED, "locked"))
                .isEqualTo(5);
        assertThat(count("khoa.dongthoi.test", OfficerRealm.LOCKED_OUT, null)).isEqualTo(1);
        // Locked: even the right password is refused, with the same exception as any failure.
        String password = officers.create("khoa.dongthoi.test", "COUNTER_OFFICER", 111L);
        lockAgain("khoa.dongthoi.test");
        assertThatThrownBy(() -> realm.getAuthenticationInfo(new UsernamePasswordToken("khoa.dongthoi.test", password)))
                .isExactlyInstanceOf(IncorrectCredentialsException.class);
    }

    @Test
    void unknownDeactivatedAndWrongAllFailAlikeAndAreAudited() throws Exception {
        officers.create("ngung.test", "COUNTER_OFFICER", 111L);
        String password = officers.create("ngung.test", "COUNTER_OFFICER", 111L);
        signInAsAdmin("quantri.ngung.test");
        administration.setActive(officers.idOf("ngung.test"), false);
        SecurityUtils.getSubject().logout();

        for (String[] attempt : new String[][] {
            {"khong.ton.tai.test", "mot-mat-khau-dai"}, {"ngung.test", password}, {"ngung.test", "sai-mat-khau-dai"}
        }) {
            assertThatThrownBy(() -> realm.getAuthenticationInfo(new UsernamePasswordToken(attempt[0], attempt[1])))
                    .isExactlyInstanceOf(IncorrectCredentialsException.class);
        }
        assertThat(count("khong.ton.tai.test", OfficerRealm.LOGIN_FAILED, "unknown account"))
                .isEqualTo(1);
        assertThat(count("ngung.test", OfficerRealm.LOGIN_FAILED, "deactivated"))
                .isEqualTo(2);
    }

    @Test
    void theAuditorFiltersTheTrailByWhoWhatAndWhenInTheDatabase() {
        String password = officers.create("kiemtra.test", "AUDITOR", 100L);
        signInAsAdmin("quantri.audit.test");
        officers.create("bi.ngung.test", "COUNTER_OFFICER", 111L);
        administration.setActive(officers.idOf("bi.ngung.test"), false);
        SecurityUtils.getSubject().logout();
        SecurityUtils.getSubject().login(new UsernamePasswordToken("kiemtra.test", password));

        var page = auditLog.page(PageRequest.of(0, 10)
                .filteredBy(Map.of(
                        "actor",
                        "quantri.audit",
                        "action",
                        "directory.officer.deactivate",
                        "from",
                        LocalDate.now(),
                        "to",
                        LocalDate.now())));
        assertThat(page.total()).isEqualTo(1);
        AuditEvent event = page.rows().get(0);
        assertThat(event.getTarget()).isEqualTo("officer bi.ngung.test");
        assertThat(event.getBefore()).endsWith("; active");
        assertThat(event.getAfter()).endsWith("; deactivated");
        assertThat(event.getClientKey()).isNotBlank().hasSize(64); // the public limits' HMAC-SHA-256, in hex

        var logins = auditLog.page(PageRequest.of(0, 5).filteredBy(Map.of("action", "directory.login.")));
        assertThat(logins.rows())
                .as("newest first")
                .extracting(AuditEvent::getOccurredAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(auditLog.page(PageRequest.of(0, 5)
                                .filteredBy(Map.of("from", LocalDate.now().plusDays(1))))
                        .total())
                .isZero();
    }

    @Test
    void reorganisationsPluginSwitchesAndTheCalendarAreInTheTrailWithBeforeAndAfter() {
        signInAsAdmin("quantri.tochuc.test");
        String code = "TOCHUC." + System.currentTimeMillis() % 1_000_000;
        var fresh = new Agency();
        fresh.setCode(code);
        fresh.setName("Phòng thử tổ chức lại");
        long id = agencies.create(fresh, 110L, null).getId();
        agencies.update(agencies.find(id), 100L, null); // moved from the department to the province
        pluginSwitches.enable(LicensingPlugin.ID, id);
        pluginSwitches.disable(LicensingPlugin.ID, id);
        agencies.setActive(id, false);
        LocalDate day = LocalDate.of(2099, 1, 5);
        calendar.put(day, DayKind.HOLIDAY, "Ngày nghỉ thử");
        calendar.remove(day);
        String department = agencies.find(110L).getCode();
        String province = agencies.find(100L).getCode();

        var rows = auditLog.page(PageRequest.of(0, 20).filteredBy(Map.of("actor", "quantri.tochuc.test")))
                .rows();
        assertThat(rows)
                .extracting(AuditEvent::getAction, AuditEvent::getTarget, AuditEvent::getBefore, AuditEvent::getAfter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "directory.agency.create",
                                "agency " + code,
                                null,
                                code + " Phòng thử tổ chức lại; under " + department + "; active"),
                        org.assertj.core.groups.Tuple.tuple(
                                "directory.agency.update",
                                "agency " + code,
                                code + " Phòng thử tổ chức lại; under " + department + "; active",
                                code + " Phòng thử tổ chức lại; under " + province + "; active"),
                        org.assertj.core.groups.Tuple.tuple(
                                "directory.plugin.enable", "plugin " + LicensingPlugin.ID, null, "agency " + code),
                        org.assertj.core.groups.Tuple.tuple(
                                "directory.plugin.disable", "plugin " + LicensingPlugin.ID, "agency " + id, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "directory.agency.deactivate",
                                "agency " + code,
                                code + " Phòng thử tổ chức lại; under " + province + "; active",
                                code + " Phòng thử tổ chức lại; under " + province + "; deactivated"),
                        org.assertj.core.groups.Tuple.tuple(
                                "catalog.calendar.change", "day " + day, null, "HOLIDAY Ngày nghỉ thử"),
                        org.assertj.core.groups.Tuple.tuple(
                                "catalog.calendar.change", "day " + day, "HOLIDAY Ngày nghỉ thử", null),
                        org.assertj.core.groups.Tuple.tuple("directory.login.success", null, null, null));
        assertThat(rows).allSatisfy(row -> assertThat(row.getClientKey()).isNotBlank());
    }

    @Test
    void theAuditTrailIsOnlyForAuditors() {
        String password = officers.create("tiepnhan.audit.test", "COUNTER_OFFICER", 111L);
        SecurityUtils.getSubject().login(new UsernamePasswordToken("tiepnhan.audit.test", password));
        assertThatThrownBy(() -> auditLog.page(PageRequest.of(0, 5)))
                .isInstanceOf(vn.motcua.spi.security.NotAuthorizedException.class);
    }

    @Test
    @RunAsClient
    void aPermissionTakenFromARoleIsGoneAtTheOpenSessionsNextRequestAndAtANewLogin(@ArquillianResource URL portal) {
        SecurityFixtureServlet.call(portal, "role", "code", "REVOKE_TEST", "permissions", "directory:role:view");
        String password = SecurityFixtureServlet.call(
                portal, "officer", "username", "thuhoi.test", "role", "REVOKE_TEST", "agency", "111");
        var open = new PortalClient(portal);
        open.logIn("thuhoi.test", password);
        assertThat(open.get("admin/roles.xhtml").body()).contains("REVOKE_TEST").doesNotContain("Bạn không có quyền");

        SecurityFixtureServlet.call(portal, "permissions", "code", "REVOKE_TEST", "permissions", "dossier:view");

        // Refused (the error page, whose status and wording the 403 work of issue 12 settles), the roles not shown.
        assertThat(open.get("admin/roles.xhtml").body())
                .as("the same session, next request")
                .contains("Đã xảy ra lỗi")
                .doesNotContain("REVOKE_TEST");
        var again = new PortalClient(portal);
        again.logIn("thuhoi.test", password);
        assertThat(again.get("admin/roles.xhtml").body())
                .as("a new login")
                .contains("Đã xảy ra lỗi")
                .doesNotContain("REVOKE_TEST");
    }

    @Test
    @RunAsClient
    void deactivationEndsEveryOpenSession(@ArquillianResource URL portal) {
        String password = SecurityFixtureServlet.call(
                portal, "officer", "username", "nghiviec.test", "role", "COUNTER_OFFICER", "agency", "111");
        var open = new PortalClient(portal);
        assertThat(open.logIn("nghiviec.test", password).path()).startsWith("/index.xhtml");

        SecurityFixtureServlet.call(portal, "deactivate", "username", "nghiviec.test");

        var next = open.get("index.xhtml");
        assertThat(next.path()).isEqualTo("/login.xhtml?ended=true");
        assertThat(next.body()).contains("Phiên làm việc đã kết thúc");
        assertThat(open.get("index.xhtml").path()).as("and stays ended").startsWith("/login.xhtml");
    }

    @Test
    @RunAsClient
    void aNewPasswordEndsTheOtherSessionsButNotTheOneThatChangedIt(@ArquillianResource URL portal) {
        String password = SecurityFixtureServlet.call(
                portal, "officer", "username", "doimatkhau.test", "role", "COUNTER_OFFICER", "agency", "111");
        var mine = new PortalClient(portal);
        var other = new PortalClient(portal);
        mine.logIn("doimatkhau.test", password);
        other.logIn("doimatkhau.test", password);
        assertThat(other.get("index.xhtml").path()).startsWith("/index.xhtml");

        String chosen = "Hoa sen nở giữa đầm " + System.nanoTime() % 10_000;
        var changed = mine.submit(
                "change-password.xhtml",
                "password",
                Map.of("password:current", password, "password:chosen", chosen, "password:repeated", chosen));
        assertThat(changed.path()).startsWith("/index.xhtml");

        assertThat(mine.get("index.xhtml").path())
                .as("the session that changed it")
                .startsWith("/index.xhtml");
        assertThat(other.get("index.xhtml").path()).isEqualTo("/login.xhtml?ended=true");

        // An admin's reset ends the remaining one too.
        SecurityFixtureServlet.call(portal, "reset", "username", "doimatkhau.test");
        assertThat(mine.get("index.xhtml").path()).isEqualTo("/login.xhtml?ended=true");
    }

    @Test
    @RunAsClient
    void aFailedLoginSaysTheSameWhateverTheAccount(@ArquillianResource URL portal) {
        String password = SecurityFixtureServlet.call(
                portal, "officer", "username", "thongbao.test", "role", "COUNTER_OFFICER", "agency", "111");
        SecurityFixtureServlet.call(portal, "deactivate", "username", "thongbao.test");
        String unknown = message(new PortalClient(portal).logIn("khong.co.ai.test", "mat-khau-sai-dai"));
        String deactivated = message(new PortalClient(portal).logIn("thongbao.test", password));
        assertThat(unknown).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(deactivated).isEqualTo(unknown);
    }

    /** The login page's error message. */
    private static String message(PortalClient.Answer answer) {
        var matcher = java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]+)<")
                .matcher(answer.body());
        assertThat(matcher.find()).as("an error message on " + answer.path()).isTrue();
        return matcher.group(1);
    }

    /**
     * Issue 12: the admin listener (no password in a developer's or the test domain), JMX, IIOP, JMS and H2's
     * AUTO_SERVER TCP port listened on every interface. The server's own listening sockets, read from Linux's /proc
     * (the socket inodes among its file descriptors, looked up in the kernel's TCP tables): every one is on loopback.
     */
    @Test
    void everyPortOfTheServerListensOnLoopbackOnly() throws Exception {
        java.nio.file.Path descriptors = java.nio.file.Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(descriptors), "Linux only");
        var sockets = new java.util.HashSet<String>();
        try (var fds = java.nio.file.Files.list(descriptors)) {
            fds.forEach(fd -> {
                try {
                    String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (java.io.IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            });
        }
        var listening = new ArrayList<java.net.InetSocketAddress>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            java.nio.file.Path path = java.nio.file.Path.of(table);
            if (!java.nio.file.Files.exists(path)) {
                continue;
            }
            for (String line : java.nio.file.Files.readAllLines(path)) {
                String[] fields = line.strip().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode; st 0A = LISTEN
                if (fields.length > 9 && fields[3].equals("0A") && sockets.contains(fields[9])) {
                    listening.add(address(fields[1]));
                }
            }
        }
        assertThat(listening)
                .as("the server's listening sockets (HTTP, admin, ...)")
                .hasSizeGreaterThan(1);
        assertThat(listening)
                .as("every listening socket of the server is on loopback: %s", listening)
                .allSatisfy(a -> assertThat(a.getAddress().isLoopbackAddress())
                        .as("%s", a)
                        .isTrue());
    }

    /** An address of /proc/net/tcp[6]: hex, each 32-bit word in the machine's (little-endian) order, then the port. */
    private static java.net.InetSocketAddress address(String hex) throws Exception {
        String[] parts = hex.split(":");
        byte[] bytes = java.util.HexFormat.of().parseHex(parts[0]);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte b = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = b;
            }
        }
        return new java.net.InetSocketAddress(java.net.InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
    }

    private void signInAsAdmin(String username) {
        String password = officers.create(username, "ADMIN", 100L);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    private void lockAgain(String username) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE officer SET locked_until = DATEADD('MINUTE', 15, LOCALTIMESTAMP) WHERE username = ?")) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }

    private long count(String actor, String action, String detail) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE actor_name = ?"
                        + " AND action = ? AND (? IS NULL OR state_after = ?)")) {
            s.setString(1, actor);
            s.setString(2, action);
            s.setString(3, detail);
            s.setString(4, detail);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
