package vn.motcua.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The "done means", tried as a new user would: the admin enables the licensing plugin for the Department of
 * Information and Communications only; its counter officer receives a bulletin-licence dossier with the plugin's form
 * (a wrong page count refused in Vietnamese); division head, processing officer and leader take it through the core
 * workflow; approval produces the licence PDF with its number; the licence appears in the registry (and its Excel
 * export) linked to its dossier; an officer of the Department of Transport sees neither the procedures at the counter
 * nor the registry (404). The plugin is switched off again afterwards.
 */
class LicensingPageIT extends PortalPageTest {

    private static final long TTTT = 110L;
    private static final long GTVT = 130L;
    private static final long N = System.nanoTime() % 100_000;
    private static final String TAX_CODE = "02" + String.format("%08d", System.nanoTime() % 100_000_000);
    private static final String HOLDER = "Hội Văn học Nghệ thuật tỉnh Thái Hòa " + N;
    private static final String PUBLICATION = "Bản tin Văn nghệ Thái Hòa " + N;
    private static final String HEAD = "tp.giayphep" + N;
    private static final String OFFICER = "cv.giayphep" + N;
    private static final String LEADER = "ld.giayphep" + N;
    private static final String COUNTER = "mc.giayphep" + N;

    private static URL deployed;
    private static String dossierId;
    private static String code;
    private static String number;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @AfterAll
    static void switchOff() {
        if (deployed != null) {
            LicensingFixtureServlet.disable(deployed, TTTT);
        }
    }

    @Override
    protected Browser browser() {
        deployed = portal;
        return super.browser();
    }

    @Test
    @Order(1)
    void theAdminEnablesLicensingForTheDepartmentOfInformationAndCommunicationsOnly() {
        signIn("quantri.giayphep" + N, "ADMIN", 100L);
        String row = PluginsScreen.enable(browser(), "licensing", "Sở Thông tin và Truyền thông");
        assertThat(row)
                .contains("Cấp phép xuất bản", "Sở Thông tin và Truyền thông")
                .doesNotContain("Giao thông");
        browser().screenshot("licensing-enabled");
        browser().logOut();
    }

    @Test
    @Order(2)
    void theCounterReceivesABulletinLicenceWithThePluginsForm() {
        signIn(COUNTER, "COUNTER_OFFICER", TTTT);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        assertThat(procedureOptions()).anyMatch(o -> o.startsWith("1.004652")).anyMatch(o -> o.startsWith("9.990001"));
        browser()
                .script("var i = document.querySelector(\"input[name='receive:kind'][value='ORGANISATION']\");"
                        + " i.closest('.ui-radiobutton').querySelector('.ui-radiobutton-box').click();");
        browser().type("receive:idNumber", TAX_CODE);
        browser().press("receive:find");
        browser().waitForText("Chưa có người nộp này trong hệ thống");
        browser()
                .type("receive:name", HOLDER)
                .type("receive:address", "20 Lý Thường Kiệt, phường Đông Thành")
                .type("receive:phone", "0299 3800 777");

        browser().choose("receive:procedure", "1.004652");
        browser().waitForText("Thành phần hồ sơ");
        assertThat(browser().pageText())
                .contains("Tên ấn phẩm", "Kỳ hạn xuất bản", "Nơi in (tên cơ sở in)", "Người chịu trách nhiệm xuất bản")
                .as("the plugin's form replaces the admin-defined one")
                .doesNotContain("Tên bản tin");
        for (int i = 0; i < 3; i++) {
            browser().script("PF(arguments[0]).check()", "widget_receive_documents_" + i + "_received");
            browser().settle();
        }
        browser().visible("receive:receive");

        browser()
                .type("receive:licPublicationName", PUBLICATION)
                .type("receive:licPurpose", "Thông tin hoạt động văn học, nghệ thuật tới hội viên")
                .type("receive:licLanguages", "Tiếng Việt")
                .type("receive:licPrinterName", "Công ty In Thái Hòa")
                .type("receive:licPrinterAddress", "5 Lê Lợi, phường Đông Thành")
                .type("receive:licResponsible", "Nguyễn Văn Bình");
        browser()
                .script("var w = PF('widget_receive_licPeriodicity'); w.selectValue('QUARTERLY');"
                        + " w.input.trigger('change');");
        number("receive:licPages", "0");
        number("receive:licCopies", "800");
        browser().press("receive:receive");
        browser().waitForText("Số trang phải lớn hơn 0.");
        assertThat(browser().present("receive:code")).as("nothing received").isFalse();

        number("receive:licPages", "24");
        browser().press("receive:receive");
        browser().waitForText("Mã hồ sơ");
        code = browser().text("receive:code");
        assertThat(code).matches("000\\.00\\.12\\.H99-[0-9]{6}-[0-9]{4}");
        String href = browser().visible("receive:printReceipt").getAttribute("href");
        dossierId = href.replaceAll(".*dossier=([0-9]+).*", "$1");
        browser().screenshot("licensing-received");
        browser().logOut();
    }

    @Test
    @Order(3)
    void theDossierGoesThroughTheCoreWorkflowAndTheLeaderApprovesTheLicence() throws Exception {
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", TTTT);
        FixtureServlet.officer(portal, LEADER, "LEADER", TTTT);
        signIn(HEAD, "DIVISION_HEAD", TTTT);
        openDossier(dossierId, code);
        assertThat(browser().text("licPublicationNameView")).isEqualTo(PUBLICATION);
        act("ASSIGN");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        confirm("Phân công");
        browser().logOut();

        signIn(OFFICER, "PROCESSING_OFFICER", TTTT);
        openDossier(dossierId, code);
        act("FORWARD");
        browser().choose("actionForm:officer", "Cán bộ " + LEADER);
        browser().type("actionForm:comment", "Đủ điều kiện cấp giấy phép");
        confirm("Chuyển bước tiếp");
        browser().logOut();

        signIn(LEADER, "LEADER", TTTT);
        openDossier(dossierId, code);
        act("APPROVE");
        browser().type("actionForm:comment", "Đồng ý cấp phép");
        confirm("Phê duyệt");
        assertThat(browser().text("dossier:state")).isEqualTo("Có kết quả");
        number = browser().text("dossier:resultNumber");
        assertThat(number).matches("[0-9]+/GP-STTTT");
        assertThat(browser().text("dossier:resultTitle")).isEqualTo("Giấy phép xuất bản bản tin");
        browser().screenshot("licensing-approved");

        String href = browser().visible("dossier:resultFile").getAttribute("href");
        HttpResponse<byte[]> reply = browser().get(href);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        Files.write(Browser.artifact("licensing-licence.pdf"), reply.body());
        String lastDay = LocalDate.now().plusYears(5).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(Pdfs.text(reply.body()))
                .contains(
                        number,
                        "GIẤY PHÉP XUẤT BẢN BẢN TIN",
                        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                        HOLDER,
                        PUBLICATION,
                        "Kỳ hạn xuất bản: Hằng quý",
                        "số lượng in: 800 bản mỗi kỳ",
                        "Giấy phép có giá trị đến hết ngày " + lastDay,
                        code);
    }

    @Test
    @Order(4)
    void theLicenceIsInTheRegistryLinkedToItsDossierAndInItsExport() throws Exception {
        // The leader is still signed in; the registry is in their menu.
        browser().go("index.xhtml");
        assertThat(browser().text("menu")).contains("Sổ giấy phép xuất bản");
        browser().go("p/licensing/registry.xhtml");
        browser().waitForText("Sổ giấy phép xuất bản");
        browser().type("registry:number", number);
        browser().press("registry:search");
        browser().settle();
        browser().waitForText(PUBLICATION);
        String table = browser().text("registry:table");
        assertThat(table).contains(number, HOLDER, TAX_CODE, "Hằng quý", "Còn hiệu lực", code);
        assertThat(browser().driver().findElements(By.cssSelector("#registry\\:table tbody tr")))
                .hasSize(1);
        String link = browser()
                .driver()
                .findElement(By.cssSelector("#registry\\:table a[id$=':dossier']"))
                .getAttribute("href");
        assertThat(link).contains("/work/dossier.xhtml?id=" + dossierId);

        browser().type("registry:publication", "không có ấn phẩm này " + N);
        browser().press("registry:search");
        browser().waitForText("Không có giấy phép nào phù hợp.");
        browser().type("registry:publication", "văn nghệ thái hòa " + N);
        browser().press("registry:search");
        browser().waitForText(PUBLICATION);
        browser().screenshot("licensing-registry");

        Path workbook = browser().download("registry:export", ".xlsx");
        assertThat(workbook.getFileName().toString()).startsWith("so-giay-phep-");
        try (var read = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            var sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số giấy phép");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("Còn hiệu lực");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo(code);
        }
        browser().logOut();
    }

    @Test
    @Order(5)
    void anOfficerOfTheDepartmentOfTransportNeverSeesTheProceduresOrTheRegistry() throws Exception {
        signIn("mc.gtvt.giayphep" + N, "COUNTER_OFFICER", GTVT);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        List<String> offered = procedureOptions();
        assertThat(offered)
                .as("a procedure of the department that no plugin serves")
                .anyMatch(o -> o.startsWith("1.002835"));
        assertThat(offered)
                .noneMatch(o -> o.startsWith("1.004652")
                        || o.startsWith("1.004663")
                        || o.startsWith("1.004671")
                        || o.startsWith("9.990001"));
        assertThat(browser().text("menu")).doesNotContain("Sổ giấy phép xuất bản");
        assertThat(browser().get("p/licensing/registry.xhtml").statusCode()).isEqualTo(404);
        browser().go("p/licensing/registry.xhtml");
        assertThat(browser().pageText()).doesNotContain(number).doesNotContain(PUBLICATION);
        browser().go("index.xhtml");
        browser().logOut();
    }

    // --- helpers ---

    private void signIn(String username, String role, long agency) {
        browser().logIn(username, FixtureServlet.officer(portal, username, role, agency));
    }

    @SuppressWarnings("unchecked")
    private List<String> procedureOptions() {
        return (List<String>) browser()
                .script("return Array.from(PF('widget_receive_procedure').input[0].options).map(o => o.text);");
    }

    private void number(String id, String value) {
        browser()
                .script(
                        "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                        "widget_" + id.replace(':', '_'),
                        value);
        browser().settle();
    }
}
