package vn.motcua.portal;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.testkit.Browser;

/**
 * Client side only (never deployed): what a catalog admin does on {@code admin/procedure-transfer.xhtml} in headless
 * Chromium. Kept out of {@link ProcedureTransferIT} so that class loads in the container without Selenium.
 */
final class ProcedureTransferScreen {

    /** What the admin saw: the page before the upload, the summary line, and the rows of the refused-lines table. */
    record Seen(String page, String summary, List<String> lines, String pageAfter) {}

    private ProcedureTransferScreen() {}

    static Seen importWorkbook(URL portal, String username, String password, byte[] workbook, String expectedSummary)
            throws Exception {
        Path file = Files.createTempFile("thu-tuc-", ".xlsx");
        Files.write(file, workbook);
        try (Browser browser = Browser.open(portal)) {
            browser.logIn(username, password);
            browser.go("admin/procedure-transfer.xhtml");
            String page = browser.pageText();
            browser.screenshot("procedure-transfer");

            browser.driver().findElement(By.id("transfer:upload_input")).sendKeys(file.toString());
            // As long as the import takes: 200 procedures take longer than a click's 20 s on a busy machine.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(expectedSummary));
            browser.screenshot("procedure-transfer-result");

            List<String> lines =
                    browser.driver().findElements(By.cssSelector("[id='transfer:rejections'] tbody tr")).stream()
                            .map(row -> row.getText().replace('\n', ' '))
                            .toList();
            return new Seen(page, browser.text("summary"), lines, browser.pageText());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
