package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.PortalPageTest;

/**
 * An auditor, in a real browser, finds in the audit trail who changed a role's permissions (before and after) and a
 * failed login, filters by action and period, and has nothing to edit or delete.
 */
class AuditTrailPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String ROLE = "AUDIT_PAGE_" + N;
    private static final String AUDITOR = "kiemtra.trang" + N;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    @Order(1)
    void theAuditorFindsWhoChangedARoleWithItsPermissionsBeforeAndAfter() {
        SecurityFixtureServlet.call(portal, "role", "code", ROLE, "permissions", "dossier:view");
        SecurityFixtureServlet.call(portal, "permissions", "code", ROLE, "permissions", "dossier:view,report:view");
        browser().logIn("khong.co.ai" + N, "mat-khau-sai-dai-" + N); // a failed login, recorded as well
        String password =
                SecurityFixtureServlet.call(portal, "officer", "username", AUDITOR, "role", "AUDITOR", "agency", "100");
        browser().logIn(AUDITOR, password);

        browser().go("admin/audit.xhtml");
        assertThat(browser().present("menu:menu-audit")).isTrue();
        browser().choose("audit:action", "Sửa vai trò");
        browser().type("audit:actor", "quantri.fixture.test");
        browser().press("audit:search").settle();

        assertThat(browser().text("audit:table"))
                .contains("Sửa vai trò", "quantri.fixture.test", "role " + ROLE, "[dossier:view]")
                .contains("[dossier:view, report:view]")
                .doesNotContain("Đăng nhập thất bại");
        browser().screenshot("audit-role-change");
    }

    @Test
    @Order(2)
    void failedLoginsAreThereAndAPeriodInTheFutureIsEmpty() {
        browser().choose("audit:action", "Đăng nhập thất bại");
        browser().type("audit:actor", "khong.co.ai" + N);
        browser().press("audit:search").settle();
        assertThat(browser().text("audit:table")).contains("khong.co.ai" + N, "unknown account");

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        browser()
                .script(
                        "PF('widget_audit_from').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
                        tomorrow.getYear(),
                        tomorrow.getMonthValue(),
                        tomorrow.getDayOfMonth());
        browser().press("audit:search").settle();
        assertThat(browser().text("audit:table")).contains("Không có dữ liệu").doesNotContain("khong.co.ai" + N);

        // Read only: no button on the page changes a row.
        assertThat(browser()
                        .driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#audit\\:table button"))
                        .size())
                .isZero();
        browser().screenshot("audit-empty-period");
    }
}
