package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.motcua.testkit.PortalPageTest;

/**
 * A citizen, not logged in, submits a dossier for a printing activity licence (a procedure with an admin-defined form
 * that no plugin serves) in a real browser: finds the procedure by typing
 * without accents, says who they are, fills the procedure's form, uploads a scan per document (a renamed program
 * refused), submits once despite a double click and gets the code and lookup secret. A counter officer of the
 * department then finds it under "to receive", accepts it, and the dossier screen shows the due date and form 01.
 */
class OnlineSubmissionPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String ID_NUMBER = "0451" + String.format("%08d", System.nanoTime() % 100_000_000);
    private static final String NAME = "Ngô Thị Trực Tuyến " + N;
    private static final String COUNTER = "mc.tructuyen" + N;
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
    void aCitizenFindsTheProcedureTypingWithoutAccents() {
        browser().go("public/submit.xhtml");
        browser().waitForText("Nộp hồ sơ trực tuyến");
        assertThat(browser().path()).as("no login asked").contains("/public/submit.xhtml");

        browser().script("PF('widget_submit_procedure').show()");
        browser().type("submit:procedure_filter", "giay phep hoat dong in");
        browser().settle();
        List<WebElement> items =
                browser().driver().findElements(By.cssSelector("#submit\\:procedure_items li.ui-selectonemenu-item"));
        List<String> shown = items.stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
        // Every typed word, accents or not, somewhere in the label: the printing licence and any of its kind.
        assertThat(shown)
                .anySatisfy(label -> assertThat(label).startsWith("Cấp giấy phép hoạt động in xuất bản phẩm ("))
                .allSatisfy(label -> assertThat(label).contains("giấy phép", "hoạt động", "in"))
                .hasSizeLessThan(items.size() / 2);
        browser().driver().findElements(By.cssSelector("#submit\\:procedure_items li.ui-selectonemenu-item")).stream()
                .filter(li -> li.isDisplayed() && li.getText().startsWith("Cấp giấy phép hoạt động in xuất bản phẩm ("))
                .findFirst()
                .orElseThrow()
                .click();
        browser().settle();
        browser().waitForText("Thành phần hồ sơ (bản quét)");
        assertThat(browser().text("submit:decidingAgency")).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(browser().text("submit:statutoryTime")).isEqualTo("15 ngày làm việc");
        assertThat(browser().pageText())
                .contains("Đơn đề nghị cấp giấy phép hoạt động in", "Tên cơ sở in", "Loại hình cơ sở in");

        // Submitted empty: every field to fill and every scan to upload is listed at once, above the button.
        assertThat(browser()
                        .driver()
                        .findElement(By.cssSelector("label[for='submit:address']"))
                        .getText())
                .endsWith("*");
        browser().press("submit:send");
        browser().waitForText("Vui lòng nhập họ tên người nộp hoặc tên tổ chức.");
        assertThat(browser().text("submit:fieldMessages"))
                .contains(
                        "Vui lòng nhập số định danh cá nhân hoặc mã số thuế.",
                        "Vui lòng nhập địa chỉ liên hệ.",
                        "Vui lòng nhập số điện thoại liên hệ.",
                        "Vui lòng nhập \"Tên cơ sở in\"",
                        "Vui lòng tải lên bản quét của các giấy tờ bắt buộc: Đơn đề nghị cấp giấy phép hoạt động in");
        assertThat(browser().present("submit:code")).isFalse();
        browser().screenshot("online-submit-missing-fields");
    }

    @Test
    @Order(2)
    void theyFillTheirDetailsAndTheFormAndUploadAScanPerDocument() throws Exception {
        browser()
                .type("submit:idNumber", ID_NUMBER)
                .type("submit:name", NAME)
                .type("submit:address", "Số 3 đường Nguyễn Huệ, phường Đông Thành")
                .type("submit:phone", "0987 654 321")
                .type("submit:email", "tructuyen@example.vn");
        browser().type(id(":0:ftext"), "Công ty In Văn hóa Thái Hòa");
        browser().type(id(":1:ftext"), "Sách, tài liệu văn hóa cơ sở");
        browser()
                .script(
                        "var w = PF(arguments[0]); w.selectValue('Doanh nghiệp'); w.input.trigger('change');",
                        widget(id(":2:fchoice")));
        for (String[] number : new String[][] {{":3:fnumber", "3"}, {":4:fnumber", "18"}}) {
            browser()
                    .script(
                            "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                            widget(id(number[0])),
                            number[1]);
        }
        browser().settle();

        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        upload(0, "to-khai.pdf", program);
        browser().waitForText("không phải bản quét PDF, JPEG, PNG hoặc TIFF");
        assertThat(browser().text("submit:documents")).doesNotContain("to-khai.pdf");

        upload(0, "<b>quet.pdf", PDF);
        browser().waitForText("Hãy đổi tên tệp rồi tải lên lại");
        assertThat(browser().text("submit:documents"))
                .as("a name with markup is refused")
                .doesNotContain("quet");

        int documents = browser()
                .driver()
                .findElements(By.cssSelector("#submit\\:documents input[type=file]"))
                .size();
        assertThat(documents).isEqualTo(4);
        for (int row = 0; row < documents; row++) {
            upload(row, "quet-" + (row + 1) + ".pdf", PDF);
            browser().waitForText("Đã tải lên \"quet-" + (row + 1) + ".pdf\"");
        }
        String table = browser().text("submit:documents");
        assertThat(table).contains("quet-1.pdf", "quet-2.pdf", "quet-3.pdf", "quet-4.pdf");
        browser().screenshot("online-submit-filled");
    }

    @Test
    @Order(3)
    void aDoubleClickOnSubmitSendsOneDossierAndShowsItsCodeAndLookupSecret() {
        browser()
                .script("var b = document.getElementById('submit:send'); b.click(); b.disabled = false;"
                        + " b.classList.remove('ui-state-disabled'); b.click();");
        browser().settle();
        browser().waitForText("Hồ sơ đã được gửi đến cơ quan tiếp nhận");
        code = browser().text("submit:code");
        secret = browser().text("submit:secret");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(code).matches("000\\.00\\.12\\.H99-" + today + "-[0-9]{4}");
        assertThat(secret).matches("[2-9A-HJ-NP-Z]{6}");
        assertThat(browser().text("submit:agency")).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(browser().visible("submit:lookup").getAttribute("href"))
                .contains("/public/lookup.xhtml?code=" + code)
                .contains("secret=" + secret);
        assertThat(browser().pageText()).doesNotContain("Đã xảy ra lỗi");
        assertThat(CounterFixtureServlet.report(portal, ID_NUMBER)).isEqualTo("dossiers=1 files=4 intact=4");
        browser().script("window.scrollTo(0, 0)");
        browser().screenshot("online-submitted");
    }

    @Test
    @Order(4)
    void theCounterOfficerFindsItToReceiveAcceptsItAndTheDueDateIsShown() throws Exception {
        String password = FixtureServlet.officer(portal, COUNTER, "COUNTER_OFFICER", 110);
        browser().logIn(COUNTER, password);

        browser().go("work/dossiers.xhtml?list=TO_RECEIVE");
        browser().waitForText("Chờ tiếp nhận (trực tuyến)");
        browser().type("work:code", code);
        browser().press("work:find");
        browser().waitForText(code);
        String row = browser().text("work:table");
        assertThat(row).contains(NAME, "Cấp giấy phép hoạt động in xuất bản phẩm", "Nộp trực tuyến");
        browser().screenshot("online-to-receive");

        browser().driver().findElement(By.linkText(code)).click();
        browser().settle();
        browser().waitForText("Quá trình xử lý");
        assertThat(browser().text("dossier:state")).isEqualTo("Mới đăng ký");
        assertThat(browser().text("dossier:applicant")).isEqualTo(NAME);
        assertThat(browser().present("dossier:submittedAt")).isTrue();
        assertThat(browser().present("dossier:printReceipt")).isFalse();
        // The scans the citizen uploaded, to check before accepting.
        assertThat(browser().text("dossier:scans"))
                .contains("quet-1.pdf", "quet-2.pdf", "quet-3.pdf", "application/pdf");
        assertPdf(browser().driver().findElement(By.linkText("quet-2.pdf")).getAttribute("href"));

        browser().press("dossier:act_RECEIVE");
        browser().visible("actionForm:confirm");
        browser().settle();
        assertThat(browser().text("actionForm:acceptCounter_label"))
                .as("the department's only counter is chosen already")
                .contains("Quầy Sở Thông tin và Truyền thông");
        browser().type("actionForm:comment", "Bản quét đầy đủ, hợp lệ");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Tiếp nhận\"");
        browser().settle();

        assertThat(browser().text("dossier:state")).isEqualTo("Đã tiếp nhận");
        assertThat(browser().text("dossier:due")).matches("[0-9]{2}/[0-9]{2}/20[0-9]{2} [0-9]{2}:[0-9]{2}");
        assertThat(browser().text("dossier:timeline")).contains("Nộp trực tuyến", "Tiếp nhận", "Bản quét đầy đủ");
        browser().script("window.scrollTo(0, 0)");
        browser().screenshot("online-accepted");

        String href = browser().visible("dossier:printReceipt").getAttribute("href");
        assertThat(href).endsWith("kind=RECEIPT");
        assertPdf(href);
    }

    /** Fetches an address with the browser's session: a PDF served inline. */
    private void assertPdf(String href) {
        @SuppressWarnings("unchecked")
        List<Object> reply = (List<Object>) browser()
                .script(
                        "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
                                + " x.overrideMimeType('text/plain; charset=x-user-defined'); x.send();"
                                + " return [x.status, x.getResponseHeader('Content-Type'), x.responseText.substring(0, 5)];",
                        href);
        assertThat(((Number) reply.get(0)).intValue()).as(href).isEqualTo(200);
        assertThat((String) reply.get(1)).startsWith("application/pdf");
        assertThat((String) reply.get(2)).isEqualTo("%PDF-");
    }

    private void upload(int row, String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("quet-");
        Path file = dir.resolve(name);
        Files.write(file, content);
        browser()
                .driver()
                .findElements(By.cssSelector("#submit\\:documents input[type=file]"))
                .get(row)
                .sendKeys(file.toString());
        browser().settle();
    }

    private String id(String suffix) {
        return browser()
                .driver()
                .findElement(By.cssSelector("#submit\\:form [id$='" + suffix + "']"))
                .getAttribute("id");
    }

    private static String widget(String clientId) {
        return "widget_" + clientId.replace(':', '_');
    }
}
