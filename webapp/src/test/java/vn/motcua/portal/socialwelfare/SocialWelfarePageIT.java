package vn.motcua.portal.socialwelfare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.motcua.portal.FixtureServlet;
import vn.motcua.portal.Pdfs;
import vn.motcua.portal.PluginsScreen;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * The social-welfare plugin end to end in a real browser: the admin switches the plugin on for the commune of xã
 * Hòa An; its counter officer receives a monthly-allowance dossier (2.000286) with the plugin's form (a category the
 * beneficiary's age does not fit is refused with a message, the income per head and the allowance are computed on
 * screen); the chairman's deputy assigns it, the officer forwards it, the chairman approves; the decision PDF carries
 * the commune's number and the amount; the beneficiary is in the registry and on next month's payment list (Excel).
 * An officer of another department is offered no welfare procedure and gets 404 on the plugin's pages.
 */
class SocialWelfarePageIT extends PortalPageTest {

    private static final long HOA_AN = 151;
    private static final long N = System.nanoTime() % 100_000;
    private static final String ADMIN = "quantri.btxh" + N;
    private static final String COUNTER = "tiepnhan.btxh" + N;
    private static final String HEAD = "phochutich.btxh" + N;
    private static final String OFFICER = "congchuc.btxh" + N;
    private static final String LEADER = "chutich.btxh" + N;
    private static final String STRANGER = "tiepnhan.tttt.btxh" + N;
    private static final String BENEFICIARY = "Lê Văn Bảo " + N;
    private static final String ID_NUMBER = String.format("0791500%05d", N);
    private static final YearMonth START =
            YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);

    private static String dossierId;
    private static String number;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    @Order(1)
    void theAdminSwitchesThePluginOnForTheCommune() {
        signIn(ADMIN, "ADMIN", 100);
        browser().go("admin/plugins.xhtml");
        browser().waitForText("social-welfare");
        String row = PluginsScreen.row("social-welfare");
        // The demo data has it on already: off first, so that switching it on is what this test sees.
        String chip = row + "//span[contains(@class,'mc-chip')][contains(.,'xã Hòa An')]";
        List<WebElement> chips = browser().driver().findElements(By.xpath(chip + "//a"));
        if (!chips.isEmpty()) {
            chips.get(0).click();
            browser().settle();
            browser()
                    .driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .click();
            browser().settle();
            until(d -> d.findElements(By.xpath(chip)).isEmpty());
        }
        PluginsScreen.enable(browser(), "social-welfare", "Ủy ban nhân dân xã Hòa An");
        until(d -> !d.findElements(By.xpath(chip)).isEmpty());
        browser().screenshot("social-welfare-enabled");

        // The rates the plugin's rules read, as the admin sees them (ADMIN menu area).
        browser().go("p/social-welfare/rates.xhtml");
        browser().waitForText("Mức chuẩn trợ giúp xã hội");
        assertThat(browser().text("rates:baseLevels")).contains("01/07/2024", "500.000 đ", "76/2024/NĐ-CP");
        assertThat(browser().text("rates:categories")).contains("Người khuyết tật nặng", "1,5");
        assertThat(browser().text("rates:povertyLines")).contains("Nông thôn", "1.500.000 đ", "Thành thị");
        browser().screenshot("social-welfare-rates");
        browser().logOut();
    }

    @Test
    @Order(2)
    void theCommunesCounterReceivesAnAllowanceDossierWithThePluginsForm() {
        signIn(COUNTER, "COUNTER_OFFICER", HOA_AN);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        assertThat(browser().text("receive:counter_label")).contains("Bộ phận một cửa UBND xã Hòa An");
        browser().type("receive:idNumber", "0791900" + String.format("%05d", N));
        browser().press("receive:find");
        browser().settle();
        browser().type("receive:name", "Lê Thị Nộp").type("receive:address", "Thôn Trung, xã Hòa An");

        // The poor-household form is there too, with the poverty line in force.
        browser().choose("receive:procedure", "1.000026");
        browser().visible("receive:swhHeadName");
        assertThat(browser().text("receive:swhLine")).isEqualTo("1.500.000 đ");

        browser().choose("receive:procedure", "2.000286");
        browser().waitForText("Thành phần hồ sơ");
        browser().visible("receive:swaName");
        for (int i = 0; i < 3; i++) {
            browser().script("PF(arguments[0]).check()", "widget_receive_documents_" + i + "_received");
            browser().settle();
        }

        browser().type("receive:swaName", BENEFICIARY);
        browser().type("receive:swaIdNumber", ID_NUMBER);
        browser().type("receive:swaBirthDate_input", "05/03/1950");
        browser().choose("receive:swaCategory", "Trẻ em dưới 4 tuổi không có nguồn nuôi dưỡng");
        number("receive:swaOwnIncome", "0");
        browser().press("receive:swaAddMember");
        browser().visible("receive:swaMembers:0:memberName");
        browser().type("receive:swaMembers:0:memberName", "Lê Thị Con");
        browser().type("receive:swaMembers:0:memberRelation", "Con");
        browser().type("receive:swaMembers:0:memberBirthYear", "1985");
        number("receive:swaMembers:0:memberIncome", "1600000");
        browser().waitForText("800.000 đ");
        assertThat(browser().text("receive:swaPerHead")).isEqualTo("800.000 đ");
        assertThat(browser().text("receive:swaSize")).isEqualTo("2");

        assertThat(browser().script("return document.getElementById('receive:swaIdNumber').value"))
                .isEqualTo(ID_NUMBER);
        browser().press("receive:receive");
        browser().waitForText("không thuộc nhóm \"Trẻ em dưới 4 tuổi không có nguồn nuôi dưỡng\"");
        assertThat(browser().present("receive:code")).isFalse();

        browser().choose("receive:swaCategory", "Người khuyết tật nặng");
        browser().waitForText("750.000 đ/tháng (500.000 × 1,5)");
        browser().screenshot("social-welfare-counter-form");
        browser().press("receive:receive");
        browser().visible("receive:code");
        String href = browser().visible("receive:printReceipt").getAttribute("href");
        dossierId = href.replaceAll(".*dossier=(\\d+).*", "$1");
        assertThat(dossierId).matches("\\d+");
        browser().logOut();
    }

    @Test
    @Order(3)
    void theCommuneWorksItAndTheChairmansApprovalIssuesTheNumberedDecision() throws Exception {
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", HOA_AN);
        FixtureServlet.officer(portal, LEADER, "LEADER", HOA_AN);
        signIn(HEAD, "DIVISION_HEAD", HOA_AN);
        openDossier(dossierId);
        assertThat(browser().pageText())
                .contains(BENEFICIARY, "Người khuyết tật nặng", "800.000 đ", "750.000 đ/tháng (500.000 × 1,5)");
        act("ASSIGN");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        browser().type("actionForm:comment", "Giao công chức văn hóa - xã hội thẩm định");
        confirm("Phân công");
        browser().logOut();

        signIn(OFFICER, "PROCESSING_OFFICER", HOA_AN);
        openDossier(dossierId);
        act("FORWARD");
        browser().choose("actionForm:officer", "Cán bộ " + LEADER);
        browser().type("actionForm:comment", "Đủ điều kiện hưởng trợ cấp");
        confirm("Chuyển bước tiếp");
        browser().logOut();

        signIn(LEADER, "LEADER", HOA_AN);
        openDossier(dossierId);
        act("APPROVE");
        browser().type("actionForm:comment", "Đồng ý");
        confirm("Phê duyệt");
        assertThat(browser().text("dossier:state")).isEqualTo("Có kết quả");
        number = browser().text("dossier:resultNumber");
        assertThat(number).matches("\\d+/QĐ-UBND");
        assertThat(browser().text("dossier:resultTitle")).isEqualTo("Quyết định thực hiện trợ cấp xã hội hàng tháng");
        browser().screenshot("social-welfare-approved");

        byte[] pdf = get(browser().visible("dossier:resultFile").getAttribute("href"), 200);
        Files.write(Browser.artifact("social-welfare-decision.pdf"), pdf);
        assertThat(Pdfs.text(pdf))
                .contains(
                        number,
                        "QUYẾT ĐỊNH",
                        "Về việc thực hiện trợ cấp xã hội hàng tháng",
                        BENEFICIARY,
                        ID_NUMBER,
                        "Người khuyết tật nặng",
                        "750.000 đồng/tháng",
                        "hệ số 1,5",
                        "từ tháng " + START.format(DateTimeFormatter.ofPattern("MM/yyyy")),
                        "CHỦ TỊCH",
                        "Cán bộ " + LEADER);
    }

    @Test
    @Order(4)
    void theBeneficiaryIsInTheRegistryAndOnNextMonthsPaymentList() throws Exception {
        // still the chairman
        browser().go("p/social-welfare/registry.xhtml");
        browser().waitForText("Danh sách đối tượng hưởng trợ cấp xã hội hàng tháng");
        browser().type("registry:text", BENEFICIARY);
        browser().waitForText(number);
        browser().screenshot("social-welfare-registry-search");
        String table = browser().text("registry:table");
        assertThat(table).contains(BENEFICIARY, ID_NUMBER, "Người khuyết tật nặng", "750.000 đ", number, "Đang hưởng");

        String month = START.format(DateTimeFormatter.ofPattern("MM/yyyy"));
        browser().script("document.getElementById('registry:month').value = arguments[0]", month);
        browser().press("registry:showMonth");
        browser().settle();
        assertThat(Long.parseLong(browser().text("registry:monthPeople"))).isGreaterThanOrEqualTo(1);
        browser().screenshot("social-welfare-registry");

        String href = browser().visible("registry:paymentList").getAttribute("href");
        assertThat(href).endsWith("month=" + START);
        byte[] xlsx = get(href, 200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tháng " + month);
            Row line = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && BENEFICIARY.equals(r.getCell(1).getStringCellValue())) {
                    line = r;
                }
            }
            assertThat(line).as("on the payment list of " + month).isNotNull();
            assertThat(line.getCell(7).getNumericCellValue()).isEqualTo(750_000);
            assertThat(line.getCell(8).getStringCellValue()).isEqualTo(number);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue())
                    .startsWith("Tổng cộng: ");
        }
        browser().logOut();
    }

    @Test
    @Order(5)
    void anotherDepartmentSeesNoWelfareProcedureAndNoWelfarePage() throws Exception {
        signIn(STRANGER, "COUNTER_OFFICER", 110);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>)
                browser()
                        .script(
                                "return Array.from(document.getElementById('receive:procedure_input').options).map(o => o.text)");
        assertThat(offered)
                .as("the department's own procedures, none of the commune's welfare ones")
                .isNotEmpty()
                .noneMatch(o -> o.startsWith("2.000286 "))
                .noneMatch(o -> o.startsWith("1.000026 "));
        get("p/social-welfare/registry.xhtml", 404);
        get("p/social-welfare/payment-list?month=" + START, 404);
        browser().logOut();
    }

    private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser().driver(), java.time.Duration.ofSeconds(20))
                .until(condition::apply);
    }

    /** The signed-in browser's GET, answered with the expected status; the body. */
    private byte[] get(String href, int status) {
        HttpResponse<byte[]> reply = browser().get(href);
        assertThat(reply.statusCode()).as(href).isEqualTo(status);
        return reply.body();
    }

    private void signIn(String username, String role, long agency) {
        browser().logIn(username, FixtureServlet.officer(portal, username, role, agency));
    }

    /** Types into a PrimeFaces inputNumber and lets its change event go (Ajax recomputation). */
    private void number(String id, String value) {
        browser()
                .script(
                        "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                        "widget_" + id.replace(':', '_'),
                        value);
        browser().settle();
    }
}
