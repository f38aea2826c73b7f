package vn.motcua.portal.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.portal.FixtureServlet;
import vn.motcua.portal.Pdfs;
import vn.motcua.portal.PluginsScreen;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * The vehicle-registration plugin end to end in a real browser, as the Department of Transport would first use it:
 * the admin enables the plugin for the department on the plugins screen; a counter officer of the department
 * receives a driving licence exchange (1.002804) with the plugin's form, where a health certificate older than six
 * months is refused first; the division head assigns it, the processing officer forwards it, the leader approves;
 * the result PDF carries the new licence number, which the registry finds and the report counts. An officer of
 * another department is not
 * offered the procedure at the counter and gets "not found" on the plugin's page.
 */
class VehicleRegistrationPageIT extends PortalPageTest {

    private static final long GTVT = 130L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long N = System.nanoTime() % 100_000;
    private static final String ADMIN = "qt.vr" + N;
    private static final String COUNTER = "mc.vr" + N;
    private static final String HEAD = "tp.vr" + N;
    private static final String OFFICER = "cv.vr" + N;
    private static final String LEADER = "ld.vr" + N;
    private static final String APPLICANT = "Trần Văn Lái " + N;
    private static final String ID_NUMBER = "0010850" + String.format("%05d", N);
    private static final String OLD_LICENCE = "79" + String.format("%010d", System.nanoTime() % 10_000_000_000L);

    private static URL deployed;
    private static String dossierId;
    private static String code;
    private static String licenceNumber;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @AfterAll
    static void switchThePluginOffAgain() {
        if (deployed != null) {
            VehiclePluginFixtureServlet.disable(deployed, GTVT);
        }
    }

    @Override
    protected Browser browser() {
        deployed = portal;
        return super.browser();
    }

    @Test
    @Order(1)
    void theAdminEnablesThePluginForTheDepartmentOfTransport() {
        VehiclePluginFixtureServlet.disable(portal, GTVT); // whatever an earlier run left
        signIn(ADMIN, "ADMIN", 100L);
        String row = PluginsScreen.enable(browser(), "vehicle-registration", "Sở Giao thông vận tải");
        assertThat(row).contains("Sở Giao thông vận tải");
        browser().screenshot("vehicle-plugin-enabled");
        browser().logOut();
    }

    @Test
    @Order(2)
    void aCounterOfficerReceivesALicenceExchangeWithThePluginsFormAfterAStaleCertificateIsRefused() {
        signIn(COUNTER, "COUNTER_OFFICER", GTVT);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        assertThat(browser().text("receive:counter_label")).contains("Quầy Sở Giao thông vận tải");
        browser().type("receive:idNumber", ID_NUMBER);
        browser().press("receive:find");
        browser().waitForText("Chưa có người nộp này trong hệ thống");
        browser().type("receive:name", APPLICANT).type("receive:address", "30 Hùng Vương, phường Đông Thành");

        browser().choose("receive:procedure", "1.002804");
        browser().waitForText("Giấy phép lái xe đang sử dụng");
        assertThat(browser().pageText())
                .contains("Thông tin chuyên ngành", "Số giấy phép lái xe", "Ngày khám sức khỏe", "Hạng đề nghị cấp");
        for (int i = 0; i < 3; i++) {
            browser().script("PF(arguments[0]).check()", "widget_receive_documents_" + i + "_received");
            browser().settle();
        }
        browser().visible("receive:receive");

        browser().type("receive:vrLicenceNumber", OLD_LICENCE);
        browser().choose("receive:vrLicenceClass", "B2 –");
        date("receive:vrIssuedOn", LocalDate.of(2019, 5, 10));
        date("receive:vrExpiresOn", LocalDate.of(2029, 5, 10));
        date("receive:vrBirthDate", LocalDate.of(1985, 6, 15));
        browser().choose("receive:vrLicenceClass", "B2 –"); // again, now with the date of issue: the conversion shows
        browser().waitForText("Được đổi sang hạng: B, C1");
        browser().choose("receive:vrRequestedClass", "C1 –");

        LocalDate stale = LocalDate.now().minusMonths(7);
        date("receive:vrHealthOn", stale);
        browser().press("receive:receive");
        browser().waitForText("đã quá 6 tháng");
        assertThat(browser().pageText())
                .contains("khám ngày " + DAY.format(stale))
                .doesNotContain("Đã tiếp nhận hồ sơ");
        assertThat(browser().present("receive:code")).isFalse();
        browser().screenshot("vehicle-receive-stale-certificate");

        date("receive:vrHealthOn", LocalDate.now().minusDays(3));
        browser().press("receive:receive");
        browser().waitForText("Đã tiếp nhận hồ sơ");
        code = browser().text("receive:code");
        assertThat(code).startsWith("000.00.14.H99-");
        String href = browser().visible("receive:printReceipt").getAttribute("href");
        dossierId = href.replaceAll(".*dossier=(\\d+).*", "$1");
        browser().screenshot("vehicle-received");
        browser().logOut();
    }

    @Test
    @Order(3)
    void theDivisionHeadSeesTheLicenceDetailsRecordsANewerHealthCertificateAndAssigns() {
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", GTVT);
        FixtureServlet.officer(portal, LEADER, "LEADER", GTVT);
        signIn(HEAD, "DIVISION_HEAD", GTVT);
        openDossier(dossierId, code);
        assertThat(browser().text("dossier:vrViewNumber")).isEqualTo(OLD_LICENCE);
        assertThat(browser().text("dossier:vrViewClass")).isEqualTo("B2");
        assertThat(browser().pageText()).contains("Thông tin chuyên ngành", "ô tô đến 9 chỗ");

        // The applicant brought a newer health certificate: recorded on the plugin's page, linked from the details.
        browser().press("dossier:vrUpdateHealth");
        browser().waitForText("Ngày khám đang ghi nhận");
        assertThat(browser().text("health:current"))
                .isEqualTo(DAY.format(LocalDate.now().minusDays(3)));
        date("health:certificateOn", LocalDate.now().minusDays(1));
        browser().press("health:save");
        browser().waitForText("Đã cập nhật ngày khám sức khỏe");
        assertThat(browser().text("health:current"))
                .isEqualTo(DAY.format(LocalDate.now().minusDays(1)));
        openDossier(dossierId, code);
        assertThat(browser().text("dossier:vrViewHealth"))
                .isEqualTo(DAY.format(LocalDate.now().minusDays(1)));
        act("ASSIGN");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        browser().type("actionForm:comment", "Giao thẩm định hồ sơ đổi GPLX");
        confirm("Phân công");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        browser().logOut();
    }

    @Test
    @Order(4)
    void theProcessingOfficerForwardsToTheLeader() {
        signIn(OFFICER, "PROCESSING_OFFICER", GTVT);
        openDossier(dossierId, code);
        act("FORWARD");
        browser().choose("actionForm:officer", "Cán bộ " + LEADER);
        browser().type("actionForm:comment", "Đủ điều kiện đổi sang hạng C1");
        confirm("Chuyển bước tiếp");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ phê duyệt");
        browser().logOut();
    }

    @Test
    @Order(5)
    void theLeaderApprovesAndTheResultPdfCarriesTheNewLicenceNumber() throws Exception {
        signIn(LEADER, "LEADER", GTVT);
        openDossier(dossierId, code);
        act("APPROVE");
        browser().type("actionForm:comment", "Đồng ý đổi giấy phép lái xe");
        confirm("Phê duyệt");
        assertThat(browser().text("dossier:state")).isEqualTo("Có kết quả");
        licenceNumber = browser().text("dossier:resultNumber");
        String yy = String.format("%02d", LocalDate.now().getYear() % 100);
        assertThat(licenceNumber).matches("99" + yy + "\\d{8}");
        assertThat(browser().text("dossier:vrIssuedNumber")).isEqualTo(licenceNumber);
        assertThat(browser().text("dossier:resultTitle")).isEqualTo("Giấy phép lái xe");
        browser().screenshot("vehicle-approved");

        String href = browser().visible("dossier:resultFile").getAttribute("href");
        HttpResponse<byte[]> reply = browser().get(href);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        Files.write(Browser.artifact("vehicle-licence.pdf"), reply.body());
        assertThat(Pdfs.text(reply.body()))
                .contains(
                        "GIẤY PHÉP LÁI XE",
                        licenceNumber,
                        APPLICANT,
                        "Hạng: C1",
                        "Ngày sinh: 15/06/1985",
                        "Có giá trị đến: " + DAY.format(LocalDate.now().plusYears(10)),
                        "Thay thế giấy phép lái xe số " + OLD_LICENCE + ", hạng B2");
    }

    @Test
    @Order(6)
    void theRegistryFindsTheNewLicenceByItsNumberAndByTheOneItReplacedAndTheReportCountsIt() {
        // The leader is still signed in; the registry is in their menu.
        browser().go("index.xhtml");
        assertThat(browser().pageText()).contains("Sổ cấp GPLX và phù hiệu");
        browser().go("p/vehicle-registration/registry.xhtml");
        browser().waitForText("Sổ cấp giấy phép lái xe và phù hiệu");
        browser().type("registers:licences:number", licenceNumber);
        browser().press("registers:licences:search");
        browser().waitForText(APPLICANT);
        List<String> rows = rows("registers:licences:table");
        assertThat(rows).singleElement().asString().contains(licenceNumber, "C1", OLD_LICENCE, code);

        browser().type("registers:licences:number", OLD_LICENCE.substring(0, 10));
        browser().press("registers:licences:search");
        browser().waitForText(licenceNumber);
        assertThat(rows("registers:licences:table"))
                .anySatisfy(r -> assertThat(r).contains(APPLICANT));
        browser().screenshot("vehicle-registry");

        // The plugin's report on the core's report screen counts it.
        browser().go("reports/plugins.xhtml");
        browser().choose("reports:report", "Giấy phép lái xe và phù hiệu đã cấp");
        date("reports:from", LocalDate.now());
        date("reports:to", LocalDate.now());
        browser().press("reports:show");
        browser().waitForText("Hạng C1");
        assertThat(rows("reports:table")).anySatisfy(r -> assertThat(r).startsWith("Giấy phép lái xe Hạng C1"));
        browser().screenshot("vehicle-report");
        browser().logOut();
    }

    @Test
    @Order(7)
    void anOfficerOfAnotherDepartmentIsNotOfferedTheProcedureAndGetsNotFoundOnThePluginsPage() throws Exception {
        String other = "mc.tttt.vr" + N;
        String password = FixtureServlet.officer(portal, other, "COUNTER_OFFICER", 110L);
        try (Browser stranger = Browser.open(portal)) {
            stranger.logIn(other, password);
            stranger.go("counter/receive.xhtml");
            stranger.waitForText("Tiếp nhận hồ sơ tại quầy");
            @SuppressWarnings("unchecked")
            List<String> offered = (List<String>) stranger.script(
                    "return Array.from(PF('widget_receive_procedure').input[0].options).map(o => o.text);");
            // The department's generic procedure is offered to any counter; those the plugin serves are not.
            assertThat(offered)
                    .anySatisfy(o -> assertThat(o).startsWith("1.002835 "))
                    .noneSatisfy(o -> assertThat(o).startsWith("1.002804 "))
                    .noneSatisfy(o -> assertThat(o).startsWith("1.002809 "))
                    .noneSatisfy(o -> assertThat(o).startsWith("1.002861 "));
            assertThat(stranger.pageText()).doesNotContain("Sổ cấp GPLX và phù hiệu");

            assertThat(stranger.get("p/vehicle-registration/registry.xhtml").statusCode())
                    .isEqualTo(404);
        }
    }

    private List<String> rows(String tableId) {
        return browser().driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    /** Picks a day in a date picker, as a click in its calendar would. */
    private void date(String pickerId, LocalDate day) {
        browser()
                .script(
                        "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]))",
                        "widget_" + pickerId.replace(':', '_'),
                        day.getYear(),
                        day.getMonthValue(),
                        day.getDayOfMonth());
        browser().settle();
    }

    private void signIn(String username, String role, long agency) {
        browser().logIn(username, FixtureServlet.officer(portal, username, role, agency));
    }
}
