package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * A leader of the Department of Information and Communications logs in: the home page shows this month's figures
 * of the department; the overdue figure opens the status table on exactly the overdue dossiers; the register book of
 * the month exports, in the background with its progress shown, to a spreadsheet that holds the dossier, and to PDF.
 * Screenshots of each screen.
 */
class ReportingPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String LEADER = "lanhdao.baocao" + N;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    void aLeaderSeesTheMonthOpensTheOverdueDossiersAndExportsTheRegisterBook() throws Exception {
        String password = FixtureServlet.officer(portal, LEADER, "LEADER", 110);
        String[] late =
                DossierFixtureServlet.dossier(portal, "Trần Thị Bảng", "0792010" + String.format("%05d", N), 1, 200);
        OverdueFixtureServlet.make(portal, late[0]);
        String[] onTime =
                DossierFixtureServlet.dossier(portal, "Lê Văn Sổ", "0792011" + String.format("%05d", N), 1, 200);

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
        browser.visible("register:lines")
                .findElement(By.cssSelector(".ui-paginator-last"))
                .click();
        browser.waitForText(onTime[1]);
        assertThat(browser.text("register:lines")).contains(onTime[1]);
        browser.screenshot("reporting-3-register-book");
        browser.press("register:excelLater");
        // the page polls the job each second; a loaded machine may take longer than Browser's 20 s to finish it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElement(By.id("register:exportJob")).getText().contains("đã xuất xong"));
        assertThat(browser.text("register:exportJob")).contains("so-theo-doi-", ".xlsx", "100%");
        browser.screenshot("reporting-4-register-export-ready");
        Path xlsx = browser.download("register:exportDownload", ".xlsx");
        assertThat(cellsOf(xlsx)).contains("SỔ THEO DÕI HỒ SƠ", late[1], onTime[1], "Trần Thị Bảng");
        browser.press("register:pdfLater");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElement(By.id("register:exportJob")).getText().contains("đã xuất xong"));
        Path pdf = browser.download("register:exportDownload", ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
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
