package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testkit.PortalPageTest;

/**
 * One procedure across the province, as people would use it: the admin makes a commune-level procedure performed by
 * every commune; a citizen submits online to commune X; X's desk sees it, Y's does not; X and Y are merged into Z, and
 * Z's desk carries on with the dossier under its old code while the public lookup still answers; a dossier of an
 * inter-agency procedure goes from commune W's officers to the department's division with one code and both clocks
 * (the department's step budget next to the dossier's due date). ReorganisationIT checks the chain's rows.
 */
class ProvincePageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final long BURIAL_VERSION = 7; // Hỗ trợ chi phí mai táng: the commune decides
    private static final long X = 500; // Xã Bình Minh
    private static final long Y = 501; // Xã Phú Lộc
    private static final long Z = 502; // Xã Sơn Thủy
    private static final long W = 151; // Xã Hòa An, not merged here
    private static final long COUNTER_W = 203;
    private static final long CHAIN = 600; // 2.000751: the commune verifies, Sở LĐTBXH's division appraises
    private static final long LABOUR_DIVISION = 121; // Phòng Bảo trợ xã hội, Sở LĐTBXH
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static String code;
    private static String secret;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    @Order(1)
    void theAdminSetsACommuneLevelProcedureForEveryCommune() {
        String admin = "quantri.tinh" + N;
        browser().logIn(admin, FixtureServlet.officer(portal, admin, "ADMIN", 100));
        browser().go("admin/performers.xhtml?v=" + BURIAL_VERSION);
        browser().waitForText("Cơ quan thực hiện thủ tục");
        assertThat(browser().text("performers:count")).isEqualTo("1");

        browser().script("document.querySelector(\"label[for='performers:rule:1']\").click()");
        browser().settle();
        browser().visible("performers:kind");
        browser().choose("performers:kind", "Ủy ban nhân dân xã, phường, đặc khu");
        browser().choose("performers:root", "Ủy ban nhân dân tỉnh Thái Hòa");
        browser().press("performers:saveRule");
        browser().waitForText("Thủ tục hiện do");
        assertThat(Integer.parseInt(browser().text("performers:count"))).isGreaterThanOrEqualTo(14);
        assertThat(browser().text("performers:agencies"))
                .contains("Ủy ban nhân dân xã Bình Minh", "Ủy ban nhân dân xã Phú Lộc");
        browser().screenshot("province-1-every-commune");
        browser().logOut();
    }

    @Test
    @Order(2)
    void aCitizenSubmitsOnlineToCommuneX() throws Exception {
        browser().go("public/submit.xhtml");
        browser().waitForText("Nộp hồ sơ trực tuyến");
        browser().choose("submit:procedure", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội");
        browser().waitForText("Thành phần hồ sơ (bản quét)");
        browser().choose("submit:place", "Ủy ban nhân dân xã Bình Minh");
        browser()
                .type("submit:idNumber", "0791" + String.format("%08d", System.nanoTime() % 100_000_000))
                .type("submit:name", "Trần Văn Sáp Nhập " + N)
                .type("submit:address", "Thôn Đông, xã Bình Minh")
                .type("submit:phone", "0912 000 111");
        int documents = browser()
                .driver()
                .findElements(By.cssSelector("#submit\\:documents input[type=file]"))
                .size();
        for (int row = 0; row < documents; row++) {
            Path file = Files.createTempDirectory("quet-").resolve("giay-" + row + ".pdf");
            Files.write(file, PDF);
            browser()
                    .driver()
                    .findElements(By.cssSelector("#submit\\:documents input[type=file]"))
                    .get(row)
                    .sendKeys(file.toString());
            browser().settle();
            browser().waitForText("giay-" + row + ".pdf");
        }
        browser().press("submit:send");
        browser().waitForText("Hồ sơ đã được gửi đến cơ quan tiếp nhận");
        code = browser().text("submit:code");
        secret = browser().text("submit:secret");
        assertThat(code).as("the code uses commune X's identifier").startsWith("000.31.04.H99-");
        assertThat(browser().text("submit:agency")).isEqualTo("Ủy ban nhân dân xã Bình Minh");
        browser().screenshot("province-2-submitted-to-x");
    }

    @Test
    @Order(3)
    void communeXsDeskSeesItAndCommuneYsDoesNot() {
        String deskY = "tiepnhan.y" + N;
        browser().logIn(deskY, FixtureServlet.officer(portal, deskY, "COUNTER_OFFICER", Y));
        toReceive();
        assertThat(browser().text("work:table")).doesNotContain(code);
        browser().screenshot("province-3-y-does-not-see-it");
        browser().logOut();

        String deskX = "tiepnhan.x" + N;
        browser().logIn(deskX, FixtureServlet.officer(portal, deskX, "COUNTER_OFFICER", X));
        toReceive();
        browser().waitForText(code);
        browser().screenshot("province-3-x-sees-it");
        browser().logOut();
    }

    @Test
    @Order(4)
    void xAndYAreMergedIntoZAndZsDeskCarriesOnUnderTheOldCode() {
        String admin = "quantri.tinh" + N;
        browser().logIn(admin, FixtureServlet.officer(portal, admin, "ADMIN", 100));
        browser().go("admin/reorganisation.xhtml");
        browser().waitForText("Sắp xếp, hợp nhất cơ quan");
        browser().script("PF('widget_reorg_sources').show()");
        for (String commune : new String[] {"Ủy ban nhân dân xã Bình Minh", "Ủy ban nhân dân xã Phú Lộc"}) {
            browser()
                    .driver()
                    .findElements(By.cssSelector("#reorg\\:sources_panel li.ui-selectcheckboxmenu-item"))
                    .stream()
                    .filter(li -> li.getText().contains(commune))
                    .findFirst()
                    .orElseThrow()
                    .click();
        }
        browser().script("PF('widget_reorg_sources').hide()");
        browser().choose("reorg:target", "Ủy ban nhân dân xã Sơn Thủy");
        browser().type("reorg:note", "Nghị quyết sắp xếp đơn vị hành chính cấp xã (thử)");
        browser().press("reorg:preview");
        browser().waitForText("Hồ sơ đang giải quyết sẽ chuyển");
        assertThat(browser().text("reorg:codes")).contains(code);
        assertThat(browser().text("reorg:counters"))
                .contains("Bộ phận một cửa UBND xã Bình Minh", "Bộ phận một cửa UBND xã Phú Lộc");
        browser().screenshot("province-4-merge-preview");
        browser().press("reorg:confirm");
        browser().visible("reorg:confirmYes");
        browser().press("reorg:confirmYes");
        browser().waitForText("Đã hợp nhất");
        browser().screenshot("province-4-merged");
        browser().logOut();

        String deskZ = "tiepnhan.z" + N;
        browser().logIn(deskZ, FixtureServlet.officer(portal, deskZ, "COUNTER_OFFICER", Z));
        toReceive();
        browser().waitForText(code);
        browser().driver().findElement(By.linkText(code)).click();
        browser().settle();
        browser().waitForText("Quá trình xử lý");
        browser().press("dossier:act_RECEIVE");
        browser().visible("actionForm:confirm");
        browser().settle();
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Tiếp nhận\"");
        assertThat(browser().text("dossier:code")).isEqualTo(code);
        assertThat(browser().text("dossier:state")).isEqualTo("Đã tiếp nhận");
        browser().screenshot("province-4-z-carries-on");
        browser().logOut();

        browser().go("public/lookup.xhtml?code=" + code + "&secret=" + secret);
        browser().waitForText("Ủy ban nhân dân xã Sơn Thủy");
        assertThat(browser().pageText()).contains(code);
        browser().screenshot("province-4-lookup-after-merge");
    }

    @Test
    @Order(5)
    void anInterAgencyDossierGoesFromTheCommuneToTheDepartmentWithOneCodeAndBothClocks() {
        browser().viewport(1366, 768);
        String[] received = DossierFixtureServlet.dossier(
                portal, "Lò Thị Liên Thông " + N, "0011" + String.format("%08d", N), CHAIN, COUNTER_W);
        String id = received[0];
        String chainCode = received[1];
        assertThat(chainCode)
                .as("the commune's identifier, where it was received")
                .startsWith("000.31.02.H99-");
        String communeHead = "truongphong.w" + N;
        String communeOfficer = "congchuc.w" + N;
        String departmentHead = "truongphong.so" + N;
        String officerPassword = FixtureServlet.officer(portal, communeOfficer, "PROCESSING_OFFICER", W);

        browser().logIn(communeHead, FixtureServlet.officer(portal, communeHead, "DIVISION_HEAD", W));
        browser().go("work/dossier.xhtml?id=" + id);
        browser().waitForText("Quá trình xử lý");
        browser().press("dossier:act_ASSIGN");
        browser().visible("actionForm:officer");
        browser().choose("actionForm:officer", "Cán bộ " + communeOfficer);
        browser().type("actionForm:comment", "Đề nghị xác minh hoàn cảnh");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Phân công\"");
        browser().logOut();

        browser().logIn(communeOfficer, officerPassword);
        browser().go("work/dossier.xhtml?id=" + id);
        browser().waitForText("Đề nghị xác minh hoàn cảnh");
        assertThat(browser().text("dossier:step")).isEqualTo("Xác minh, đề nghị của UBND xã");
        String due = browser().text("dossier:due");
        String communeStepDue = stepDue();
        browser().screenshot("province-5-commune-verifies");
        browser().press("dossier:act_FORWARD");
        browser().visible("actionForm:comment");
        browser().type("actionForm:comment", "Đủ điều kiện, đề nghị Sở tiếp nhận");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Chuyển bước tiếp\"");
        browser().logOut();

        browser()
                .logIn(
                        departmentHead,
                        FixtureServlet.officer(portal, departmentHead, "DIVISION_HEAD", LABOUR_DIVISION));
        browser().go("work/dossiers.xhtml?list=TO_ASSIGN");
        browser().type("work:code", chainCode);
        browser().press("work:find");
        browser().settle();
        browser().waitForText(chainCode);
        browser().screenshot("province-5-department-to-assign");
        browser().driver().findElement(By.linkText(chainCode)).click();
        browser().settle();
        browser().waitForText("Quá trình xử lý");
        assertThat(browser().text("dossier:code")).as("one code").isEqualTo(chainCode);
        assertThat(browser().text("dossier:step")).isEqualTo("Thẩm định tại Sở Lao động - Thương binh và Xã hội");
        assertThat(browser().text("dossier:due"))
                .as("the dossier's clock runs on")
                .isEqualTo(due);
        assertThat(stepDue())
                .as("the department's step runs on its own budget")
                .isNotBlank()
                .isNotEqualTo(communeStepDue);
        assertThat(browser().text("dossier:timeline"))
                .contains("Ủy ban nhân dân xã Hòa An", "Phòng Bảo trợ xã hội", "Đủ điều kiện, đề nghị Sở tiếp nhận")
                .contains(communeStepDue);
        browser().screenshot("province-5-department-has-it");
        browser().logOut();
    }

    /** The header's "Hạn của bước": the current step's own due moment. */
    private String stepDue() {
        return browser()
                .driver()
                .findElement(By.xpath("//dt[normalize-space()='Hạn của bước']/following-sibling::dd[1]"))
                .getText()
                .trim();
    }

    private void toReceive() {
        browser().go("work/dossiers.xhtml?list=TO_RECEIVE");
        browser().waitForText("Chờ tiếp nhận (trực tuyến)");
        browser().type("work:code", code);
        browser().press("work:find");
        browser().settle();
    }
}
