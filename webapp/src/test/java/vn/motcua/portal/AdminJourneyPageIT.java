package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testkit.OwnDeployment;
import vn.motcua.testkit.PortalPageTest;
import vn.motcua.testkit.TestAccounts;

/**
 * What a new province admin does on day one, in a real browser: log in with the installer's password, is made to
 * change it, creates an officer and an agency, and that officer logs in (and changes their temporary password). Also: a wrong
 * password is refused in Vietnamese, and a plugin's page renders inside the portal with its own stylesheet.
 */
@OwnDeployment(value = "the test plugins: sample installed, dormant uninstalled", group = SharedDeployment.TEST_PLUGINS)
class AdminJourneyPageIT extends PortalPageTest {

    private static final String ADMIN_NEW_PASSWORD =
            "QuanTri-" + String.format("%06d", System.nanoTime() % 1_000_000) + "-Sen";
    private static final String OFFICER = "canbo.moi" + System.nanoTime() % 10_000;

    private static final String NEW_AGENCY = "Phòng Bưu chính, Viễn thông " + System.nanoTime() % 10_000;
    private static final String NEW_AGENCY_CODE = "000.12.0" + (2 + System.nanoTime() % 8) + ".H99";

    private static String officerTemporaryPassword;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.withTestPlugins();
    }

    /** Presses "add a sub-agency" in the row of the named agency and waits for the dialog. */
    private void openAddChildDialogOf(String agency) {
        String button = browser()
                .driver()
                .findElement(org.openqa.selenium.By.xpath(
                        "//tr[td[1][normalize-space(.)='" + agency + "']]//button[contains(@id, ':addChild')]"))
                .getAttribute("id");
        browser().press(button);
        browser().visible("agencyForm:name");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    @Order(1)
    void anonymousVisitorIsSentToTheLoginPage() {
        browser().go("admin/officers.xhtml");
        assertThat(browser().path()).startsWith("/login.xhtml");
        assertThat(browser().pageText()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    }

    @Test
    @Order(2)
    void wrongPasswordIsRefusedWithAVietnameseMessage() {
        browser().logIn("admin", "sai-mat-khau-1");
        assertThat(browser().pageText()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser().path()).startsWith("/login.xhtml");
        browser().screenshot("login-wrong-password");
    }

    @Test
    @Order(3)
    void adminLogsInWithTheInstallersPasswordAndMustChangeIt() {
        browser().logIn("admin", TestAccounts.adminInitialPassword());
        assertThat(browser().path()).startsWith("/change-password.xhtml");
        assertThat(browser().pageText()).contains("Bạn cần đổi mật khẩu trước khi sử dụng hệ thống.");

        // Other pages stay closed until the password is changed.
        browser().go("admin/officers.xhtml");
        assertThat(browser().path()).startsWith("/change-password.xhtml");

        browser()
                .type("password:current", TestAccounts.adminInitialPassword())
                .type("password:chosen", "ngan1")
                .type("password:repeated", "ngan1")
                .press("password:submit");
        assertThat(browser().pageText()).contains("Mật khẩu phải có ít nhất 12 ký tự.");

        browser()
                .type("password:current", TestAccounts.adminInitialPassword())
                .type("password:chosen", ADMIN_NEW_PASSWORD)
                .type("password:repeated", ADMIN_NEW_PASSWORD)
                .press("password:submit");
        assertThat(browser().path()).startsWith("/index.xhtml");
        assertThat(browser().text("signed-in-user")).isEqualTo("Quản trị hệ thống");
        browser().screenshot("admin-home");
    }

    @Test
    @Order(4)
    void pluginPageRendersInsideThePortalWithItsResourceLibrary() {
        browser().go("p/sample/hello.xhtml");
        assertThat(browser().pageText())
                .as("not enabled for any agency yet: the page guard hides it")
                .doesNotContain("Xin chào từ plugin mẫu");

        // The admin switches the plugin on for the province's top agency on the plugins screen.
        browser().go("admin/plugins.xhtml");
        browser().waitForText("sample");
        String enable = browser()
                .driver()
                .findElement(By.xpath("//tr[.//div[normalize-space(.)='sample']]//button[contains(@id,':enable')]"))
                .getAttribute("id");
        browser().press(enable);
        browser().visible("enableForm:agency");
        browser().settle();
        browser()
                .script("var w = PF('widget_enableForm_agency'); w.selectValue(w.input[0].options[1].value);"
                        + " w.input.trigger('change');");
        browser().press("enableForm:save");
        browser().waitForText("Đã bật phân hệ cho cơ quan");
        browser().settle();
        assertThat(browser().pageText())
                .as("the notice shows once (the page's messages), not again in the closed dialog's")
                .containsOnlyOnce("Đã bật phân hệ cho cơ quan");
        browser().screenshot("plugins-enabled");

        browser().go("p/sample/hello.xhtml");
        assertThat(browser().text("sample-greeting")).contains("Xin chào từ plugin mẫu", "sample");
        assertThat(browser().present("signed-in-user"))
                .as("rendered inside the officers' template")
                .isTrue();
        Object color = browser().script("return getComputedStyle(document.getElementById('sample-greeting')).color");
        assertThat(color)
                .as("sample.css from the plugin's resource library is applied")
                .isEqualTo("rgb(0, 128, 0)");
    }

    @Test
    @Order(5)
    void adminCreatesAnOfficer() {
        browser().go("admin/officers.xhtml");
        // The demo province has more officers than a page holds: the name filter finds one, typed without diacritics.
        browser().type("officers:table:fullNameColumn:filter", "nguyen thi lan");
        browser().waitForText("Nguyễn Thị Lan");
        browser().press("officers:create");
        browser().visible("officerForm:username");
        officerTemporaryPassword = "TamThoi-" + String.format("%05d", System.nanoTime() % 100_000) + "-HoaMai";
        browser()
                .type("officerForm:username", OFFICER)
                .type("officerForm:fullName", "Hoàng Văn Mới")
                .type("officerForm:email", "hoang.van.moi@example.org")
                .type("officerForm:password", officerTemporaryPassword);
        // Agency: the Department of Information and Communications (id 110 in the demo data).
        browser().script("PF('officerAgencies').selectValue('110'); PF('officerAgencies').hide()");
        browser().script("document.querySelector(\"input[type=checkbox][value='3']\").click()"); // counter officer
        browser().screenshot("officer-dialog");
        browser().press("officerForm:save");
        browser().type("officers:table:fullNameColumn:filter", "hoang van moi");
        browser().waitForText(OFFICER);
        browser().screenshot("officer-created");
        assertThat(browser().pageText()).contains("Hoàng Văn Mới", OFFICER);
    }

    @Test
    @Order(6)
    void adminCreatesAnAgencyUnderADepartment() {
        browser().go("admin/agencies.xhtml");
        openAddChildDialogOf("Sở Thông tin và Truyền thông");
        assertThat(browser().text("agencyForm:parent")).contains("Sở Thông tin và Truyền thông");

        // A missing name is refused in Vietnamese; the dialog stays open and nothing is saved.
        browser().type("agencyForm:code", NEW_AGENCY_CODE.toLowerCase()).press("agencyForm:save");
        assertThat(browser().text("agencyForm:formMessages")).contains("Vui lòng nhập tên cơ quan, đơn vị.");

        // A national identifier code already in use (the department's own) is refused too.
        browser()
                .type("agencyForm:name", NEW_AGENCY)
                .type("agencyForm:code", "000.00.12.H99")
                .press("agencyForm:save");
        assertThat(browser().text("agencyForm:formMessages"))
                .contains("Mã định danh 000.00.12.H99 đã được dùng cho một cơ quan khác.");
        assertThat(browser().text("agencies:tree")).doesNotContain(NEW_AGENCY);

        // Corrected, it is saved and shows in the tree under its department, the department opened.
        browser().type("agencyForm:code", NEW_AGENCY_CODE.toLowerCase()).press("agencyForm:save");
        browser().waitForText(NEW_AGENCY_CODE);
        browser().screenshot("agency-created");
        String tree = browser().text("agencies:tree");
        assertThat(tree).contains(NEW_AGENCY, NEW_AGENCY_CODE); // the code is stored in capitals
        assertThat(tree.indexOf(NEW_AGENCY)).isEqualTo(tree.lastIndexOf(NEW_AGENCY));

        // "Đã lưu." once, for this save only: the next Ajax request does not bring it back.
        assertThat(occurrences(browser().pageText(), "Đã lưu.")).isEqualTo(1);
        openAddChildDialogOf(NEW_AGENCY);
        assertThat(browser().pageText()).doesNotContain("Đã lưu.");
        browser().press("agencyForm:cancel");
        browser().go("admin/agencies.xhtml");
        assertThat(browser().pageText()).doesNotContain("Đã lưu.");
    }

    @Test
    @Order(7)
    void everyAdminScreenRendersItsData() {
        browser().go("admin/agencies.xhtml");
        assertThat(browser().pageText()).contains("Sở Thông tin và Truyền thông", "000.00.12.H99");
        browser().go("admin/units.xhtml");
        assertThat(browser().pageText()).contains("Xã Hòa An");
        browser().go("admin/counters.xhtml");
        assertThat(browser().pageText()).contains("Bộ phận một cửa UBND xã Hòa An");
        browser().go("admin/roles.xhtml");
        assertThat(browser().pageText())
                .contains("Cán bộ tiếp nhận và trả kết quả", "Tiếp nhận hồ sơ tại quầy", "Toàn quyền")
                .as("permissions in words, no key")
                .doesNotContain("dossier:receive", "directory:*");
        assertThat(browser().pageText()).doesNotContain("Đã xảy ra lỗi");

        // A new role whose permissions are chosen by what they allow, from groups in words.
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        browser().press("roles:create");
        browser().type("roleForm:name", "Cán bộ tra cứu " + suffix).type("roleForm:code", "TRA_CUU_" + suffix);
        browser().visible("roleForm:permissions").click();
        var panel = browser().visible("roleForm:permissions_panel");
        assertThat(panel.getText())
                .contains("Hồ sơ", "Tiếp nhận hồ sơ tại quầy", "Danh mục thủ tục", "Xem báo cáo thống kê")
                .doesNotContain("dossier:", "catalog:");
        for (String permission : new String[] {"Xem hồ sơ", "Xem báo cáo thống kê"}) {
            panel.findElement(By.xpath(".//li[.//label[normalize-space()='" + permission + "']]//div[contains(@class,"
                            + " 'ui-chkbox-box')]"))
                    .click();
        }
        browser().screenshot("role-permissions-chosen");
        browser().press("roleForm:name").press("roleForm:save");
        browser().waitForText("Cán bộ tra cứu " + suffix);
        assertThat(browser()
                        .driver()
                        .findElement(
                                By.xpath("//tr[.//*[contains(normalize-space(), 'Cán bộ tra cứu " + suffix + "')]]"))
                        .getText())
                .contains("Xem hồ sơ", "Xem báo cáo thống kê")
                .doesNotContain("dossier:view");
        browser().screenshot("roles");
    }

    @Test
    @Order(8)
    void newOfficerLogsInChangesTheTemporaryPasswordAndSeesNoAdminMenu() {
        browser().logOut();
        assertThat(browser().pageText()).contains("Bạn đã đăng xuất.");
        browser().logIn(OFFICER, officerTemporaryPassword);
        assertThat(browser().path()).startsWith("/change-password.xhtml");
        String chosen = "CanBoMoi-" + String.format("%05d", System.nanoTime() % 100_000) + "-Lua";
        browser()
                .type("password:current", officerTemporaryPassword)
                .type("password:chosen", chosen)
                .type("password:repeated", chosen)
                .press("password:submit");
        assertThat(browser().path()).startsWith("/index.xhtml");
        assertThat(browser().text("signed-in-user")).isEqualTo("Hoàng Văn Mới");
        assertThat(browser().present("menu:menu-officers"))
                .as("a counter officer has no admin menu")
                .isFalse();

        browser().go("admin/officers.xhtml");
        assertThat(browser().pageText()).contains("Bạn không có quyền");
        browser().screenshot("officer-home");
    }
}
