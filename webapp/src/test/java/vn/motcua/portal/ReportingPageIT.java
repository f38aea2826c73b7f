package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * A leader of the Department of Information and Communications logs in: the home page shows this month's figures
 * of the department; the overdue figure opens the status table on exactly the overdue dossiers; the register book of
 * the month exports, in the background with its progress shown, to a spreadsheet that holds the dossier, and to PDF;
 * the national scorecard lists the counter's dossiers under "not online" and exports what it shows; the performance
 * screen shows who handed the dossiers on and who holds them, and exports both tables; a citizen opens the published
 * figures from the public front page without a session (also on a 390 px phone). Screenshots of each screen.
 */
class ReportingPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String LEADER = "lanhdao.baocao" + N;
    private static final String DIVISION_HEAD = "truongphong.baocao" + N;
    private static final String PROCESSOR = "chuyenvien.baocao" + N;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    void aLeaderSeesTheMonthOpensTheOverdueDossiersAndExportsTheRegisterBook() throws Exception {
        String password = FixtureServlet.officer(portal, LEADER, "LEADER", 110);
        // both assigned to this test's processing officer, who handed the second on to approval: who holds what, and
        // the steps handed on, are this test's own on the performance screen
        String[] late = DossierFixtureServlet.assigned(
                portal, "Trần Thị Bảng", "0792010" + String.format("%05d", N), 1, 200, DIVISION_HEAD, PROCESSOR, false);
        OverdueFixtureServlet.make(portal, late[0]);
        String[] onTime = DossierFixtureServlet.assigned(
                portal, "Lê Văn Sổ", "0792011" + String.format("%05d", N), 1, 200, DIVISION_HEAD, PROCESSOR, true);

        Browser browser = browser();
        browser.logIn(LEADER, password);
        browser.go("index.xhtml");
        browser.waitForText("tháng này");
        assertThat(browser.text("agencyMonth")).contains("Sở Thông tin và Truyền thông", "Quá hạn", "Tiếp nhận");
        assertThat(browser.present("monthsChart")).isTrue();
        assertThat(browser.text("late")).contains(late[1]).doesNotContain(onTime[1]);
        browser.screenshot("reporting-1-leader-dashboard");

        browser.press("overdue");
        browser.waitForText("Danh sách hồ sơ");
        assertThat(browser.text("status:drill")).contains(late[1]).doesNotContain(onTime[1]);
        assertThat(browser.text("status:table")).contains("Sở Thông tin và Truyền thông");
        browser.screenshot("reporting-2-overdue-drill-down");

        browser.press("menu:menu-register-book");
        browser.waitForText("Quầy tiếp nhận");
        browser.press("register:show");
        // The book runs in the order of entry, the whole run's dossiers in it: this test's are the newest, the last.
        lastPage(browser, "register:lines");
        browser.waitForText(onTime[1]);
        assertThat(browser.text("register:lines")).contains(onTime[1]);
        browser.screenshot("reporting-3-register-book");
        browser.press("register:excelLater");
        awaitExport(browser, "register:exportJob");
        assertThat(browser.text("register:exportJob")).contains("so-theo-doi-", ".xlsx", "100%");
        browser.screenshot("reporting-4-register-export-ready");
        Path xlsx = browser.download("register:exportDownload", ".xlsx");
        assertThat(cellsOf(xlsx)).contains("SỔ THEO DÕI HỒ SƠ", late[1], onTime[1], "Trần Thị Bảng");
        browser.press("register:pdfLater");
        awaitExport(browser, "register:exportJob");
        Path pdf = browser.download("register:exportDownload", ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // The national scorecard of this year: both dossiers were received at the counter, so they are among those
        // that do not meet the online indicator; the workbook says what the screen says.
        browser.viewport(1366, 768);
        browser.press("menu:menu-scorecard");
        browser.press("scorecard:show");
        browser.waitForText("Tiếp nhận trực tuyến");
        String notOnline = browser.text("scorecard:scores:1:notMet");
        assertThat(Long.parseLong(notOnline)).isGreaterThanOrEqualTo(2);
        assertThat(browser.text("scorecard:scores"))
                .contains("Tiến độ giải quyết", "Thanh toán trực tuyến", "Cách tính");
        browser.screenshot("reporting-5-scorecard");
        browser.press("scorecard:scores:1:notMet");
        browser.waitForText("Tiếp nhận trực tuyến — Không đạt");
        lastPage(browser, "scorecard:drill");
        browser.waitForText(onTime[1]);
        browser.screenshot("reporting-6-scorecard-not-online");
        browser.press("scorecard:excelLater");
        awaitExport(browser, "scorecard:exportJob");
        List<List<String>> scores =
                sheets(browser.download("scorecard:exportDownload", ".xlsx")).get(0);
        assertThat(scores.get(2)).startsWith("Chỉ số", "Tỷ lệ (%)", "Đạt", "Không đạt");
        assertThat(scores.get(4)).startsWith("Tiếp nhận trực tuyến").contains(notOnline + ".0");

        // Performance this month: the processing officer handed one step on, on time (its own due is days away), and
        // holds the other dossier, overdue; the workbook holds both tables.
        browser.press("menu:menu-performance");
        browser.press("performance:show");
        browser.waitForText("Hồ sơ cán bộ đang giữ");
        assertThat(row(browser, "performance:steps", "Cán bộ " + PROCESSOR))
                .startsWith("Cán bộ " + PROCESSOR, "Thẩm định, xử lý hồ sơ", "1", "100.0");
        assertThat(row(browser, "performance:holdings", "Cán bộ " + PROCESSOR))
                .containsExactly("Cán bộ " + PROCESSOR, "1", "1");
        browser.screenshot("reporting-7-performance");
        browser.press("performance:excelLater");
        awaitExport(browser, "performance:exportJob");
        List<List<List<String>>> performance = sheets(browser.download("performance:exportDownload", ".xlsx"));
        assertThat(performance.get(0)).anySatisfy(r -> assertThat(r)
                .startsWith("Cán bộ " + PROCESSOR, "Thẩm định, xử lý hồ sơ", "1.0", "100.0"));
        assertThat(performance.get(1)).contains(List.of("Cán bộ " + PROCESSOR, "1.0", "1.0"));

        // A citizen opens the published figures from the public front page: no login, no session, cached.
        try (Browser citizen = Browser.open(portal)) {
            citizen.viewport(1366, 768);
            citizen.go("");
            citizen.press("nav-statistics");
            citizen.waitForText("Kết quả giải quyết thủ tục hành chính");
            List<String> department = row(citizen, "statistics", "Sở Thông tin và Truyền thông");
            assertThat(Long.parseLong(department.get(1)))
                    .as("received this month, this test's two at least")
                    .isGreaterThanOrEqualTo(2);
            assertThat(citizen.driver().manage().getCookieNamed("JSESSIONID"))
                    .as("an anonymous visitor gets no session")
                    .isNull();
            citizen.screenshot("reporting-8-public-statistics");
            citizen.viewport(390, 844);
            assertThat(citizen.horizontalOverflow())
                    .as("sideways scrolling at 390 px")
                    .isZero();
            citizen.screenshot("reporting-9-public-statistics-390");
        }
        HttpResponse<String> plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        portal.toExternalForm().replaceAll("/$", "") + "/public/statistics.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("Sở Thông tin và Truyền thông");
        assertThat(plain.headers().allValues("Set-Cookie"))
                .as("no session, no cookie")
                .isEmpty();
        assertThat(plain.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("public"));
    }

    /**
     * The report screens posted by hand, as a leader of the department: a period that ends before it starts, and an
     * agency outside their scope (another department), each get their Vietnamese message and show no figures.
     */
    @Test
    void aBackwardsPeriodOrAnAgencyOutOfScopeGetsItsMessageAndNoFigures() {
        String username = LEADER + "x";
        String password = FixtureServlet.officer(portal, username, "LEADER", 110);
        var leader = new PortalClient(portal);
        assertThat(leader.logIn(username, password).status()).isEqualTo(200);
        for (String form : List.of("scorecard", "performance")) {
            String page = "reports/" + form + ".xhtml";
            String figures = "id=\"" + form + (form.equals("scorecard") ? ":scores\"" : ":steps\"");
            PortalClient.Answer backwards = leader.submit(
                    page,
                    form,
                    form + ":show",
                    Map.of(
                            form + ":agency_input",
                            "110",
                            form + ":from_input",
                            "01/12/2026",
                            form + ":to_input",
                            "01/11/2026"));
            assertThat(backwards.status()).isEqualTo(200);
            assertThat(backwards.body())
                    .as(form + ": a backwards period")
                    .contains("Kỳ báo cáo không hợp lệ: ngày kết thúc trước ngày bắt đầu.")
                    .doesNotContain(figures, "Hệ thống gặp sự cố", "at vn.motcua.");
            PortalClient.Answer elsewhere = leader.submit(
                    page,
                    form,
                    form + ":show",
                    Map.of(
                            form + ":agency_input",
                            "120",
                            form + ":from_input",
                            "01/11/2026",
                            form + ":to_input",
                            "30/11/2026"));
            assertThat(elsewhere.status()).isEqualTo(200);
            assertThat(messageBeside(elsewhere.body(), form))
                    .as(form + ": another department's agency, posted by hand")
                    .contains("lựa chọn không hợp lệ");
            assertThat(elsewhere.body())
                    .doesNotContain(
                            figures, "Sở Lao động - Thương binh và Xã hội", "Hệ thống gặp sự cố", "at vn.motcua.");
        }
        // the status table and the register book: the same message beside the field, and no figure shown, not even
        // the table the same view showed for the leader's own department a moment before
        Map<String, String> ownMonth = Map.of(
                "status:kind",
                "MONTH",
                "status:year_input",
                "2026",
                "status:year",
                "2026",
                "status:month_input",
                "11",
                "status:agency_input",
                "110",
                "status:grouping_input",
                "AGENCY");
        PortalClient.Answer own = leader.submit("reports/status.xhtml", "status", "status:show", ownMonth);
        assertThat(own.body()).contains("id=\"status:table\"");
        var outside = new java.util.HashMap<>(ownMonth);
        outside.put("status:agency_input", "120");
        PortalClient.Answer status = leader.submit(own, "reports/status.xhtml", "status", "status:show", outside);
        assertThat(status.status()).isEqualTo(200);
        assertThat(messageBeside(status.body(), "status")).contains("lựa chọn không hợp lệ");
        assertThat(status.body())
                .doesNotContain(
                        "id=\"status:table\"",
                        "id=\"status:drill\"",
                        "Sở Lao động - Thương binh và Xã hội",
                        "Hệ thống gặp sự cố",
                        "at vn.motcua.");
        PortalClient.Answer register = leader.submit(
                "reports/register.xhtml",
                "register",
                "register:show",
                Map.of(
                        "register:agency_input",
                        "120",
                        "register:from_input",
                        "01/11/2026",
                        "register:to_input",
                        "30/11/2026"));
        assertThat(register.status()).isEqualTo(200);
        assertThat(messageBeside(register.body(), "register")).contains("lựa chọn không hợp lệ");
        assertThat(register.body())
                .doesNotContain(
                        "id=\"register:lines\"",
                        "Sở Lao động - Thương binh và Xã hội",
                        "Hệ thống gặp sự cố",
                        "at vn.motcua.");
    }

    /** The text of the form's message beside the agency field ({@code <form>:agencyMessage}), empty when none. */
    private static String messageBeside(String body, String form) {
        Matcher m = Pattern.compile("id=\"" + form + ":agencyMessage\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(body);
        return m.find() ? m.group(1) : "";
    }

    /** Turns the table to its last page (a table of one page has nothing to turn). */
    private static void lastPage(Browser browser, String table) {
        WebElement last = browser.visible(table).findElement(By.cssSelector(".ui-paginator-last"));
        if (!last.getAttribute("class").contains("ui-state-disabled")) {
            last.click();
        }
    }

    /**
     * The page polls the background export each second (each poll replaces the panel: a panel read as it is replaced
     * is read again); a loaded machine may take longer than Browser's 20 s.
     */
    private static void awaitExport(Browser browser, String panel) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(panel)).getText().contains("đã xuất xong"));
    }

    /** The cells of the table's row whose first cell is {@code first}. */
    private static List<String> row(Browser browser, String table, String first) {
        for (WebElement tr : browser.visible(table).findElements(By.cssSelector("tbody tr"))) {
            List<String> cells = tr.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList();
            if (!cells.isEmpty() && cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + first + " in " + table + ":\n" + browser.text(table));
    }

    /** Every sheet's rows, each a list of its cells' text. */
    private static List<List<List<String>>> sheets(Path workbook) throws Exception {
        List<List<List<String>>> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (var sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    List<String> cells = new ArrayList<>();
                    Row row = sheet.getRow(r);
                    if (row != null) {
                        row.forEach(cell -> cells.add(cell.toString()));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    private static String cellsOf(Path workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
            }
        }
        return text.toString();
    }
}
