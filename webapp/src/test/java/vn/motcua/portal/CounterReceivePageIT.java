package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * A counter officer of the Department of Information and Communications receives, in a real browser, a dossier for
 * a printing activity licence (a procedure no plugin serves, with an admin-defined form) from a citizen not known
 * yet: documents ticked, the procedure's own form filled,
 * a scan uploaded (a renamed program refused), received once despite a double click, and the receipt (form 01)
 * printed with the code, the applicant, the delivery by post chosen and a QR code of the public lookup address; the
 * next dossier is refused with its reasons and form 03 printed from the copy kept with it.
 */
class CounterReceivePageIT extends PortalPageTest {

    private static final String ID_NUMBER = "0381" + String.format("%08d", System.nanoTime() % 100_000_000);
    private static final String NAME = "Nguyễn Thị Hường";
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
    void counterOfficerEntersANewCitizenAndTicksTheDocumentsOfTheProcedureInForce() {
        String username = "tiepnhan" + System.nanoTime() % 100_000;
        String password = FixtureServlet.officer(portal, username, "COUNTER_OFFICER", 110);
        browser().logIn(username, password);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        // The officer's only counter is chosen already.
        assertThat(browser().text("receive:counter_label")).contains("Quầy Sở Thông tin và Truyền thông");

        browser().type("receive:idNumber", ID_NUMBER);
        browser().press("receive:find");
        browser().waitForText("Chưa có người nộp này trong hệ thống");

        browser().choose("receive:procedure", "1.004690");
        browser().waitForText("Thành phần hồ sơ");
        assertThat(browser().pageText())
                .contains(
                        "Đơn đề nghị cấp giấy phép hoạt động in",
                        "Bản sao chứng thực",
                        "Tên cơ sở in",
                        "Loại hình cơ sở in");
        // Mandatory documents missing: form 02 is offered instead of receiving.
        assertThat(browser().present("receive:receive")).isFalse();
        assertThat(browser().present("receive:printSupplement")).isTrue();

        for (int i = 0; i < 3; i++) {
            browser().script("PF(arguments[0]).check()", "widget_receive_documents_" + i + "_received");
            browser().settle();
        }
        browser().visible("receive:receive");
        assertThat(browser().present("receive:printSupplement")).isFalse();

        // The name and the procedure's own form left empty: everything missing is said at once, in one press, next
        // to the button, and nothing is stored.
        assertThat(browser()
                        .driver()
                        .findElement(By.cssSelector("label[for='receive:name']"))
                        .getText())
                .endsWith("*");
        browser().press("receive:receive");
        browser().waitForText("Vui lòng nhập họ tên người nộp hoặc tên tổ chức.");
        assertThat(browser().text("receive:fieldMessages"))
                .contains("Vui lòng nhập \"Tên cơ sở in\"", "Vui lòng nhập \"Loại hình cơ sở in\"")
                .doesNotContain("số định danh");
        assertThat(browser().driver().findElement(By.id("receive:name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(CounterFixtureServlet.report(portal, ID_NUMBER)).startsWith("dossiers=0");
        browser().screenshot("counter-receive-missing-fields");

        browser()
                .type("receive:name", NAME)
                .type("receive:address", "Số 12 đường Lê Lợi, phường Đông Thành")
                .type("receive:phone", "0912 345 678");
        // A corrected field stops looking wrong as soon as it is typed in.
        var name = browser().driver().findElement(By.id("receive:name"));
        assertThat(name.getAttribute("aria-invalid")).isNull();
        assertThat(name.getAttribute("class")).doesNotContain("ui-state-error");

        // The same form on a 390 px phone (a commune's officer on a tablet or phone): the documents become one card
        // each, the scan row wraps, nothing needs sideways scrolling.
        browser().viewport(390, 844);
        assertThat(browser().horizontalOverflow())
                .as("sideways scrolling of the counter's form at 390 px")
                .isZero();
        browser().screenshot("counter-receive-390");
        browser().viewport(1366, 857);
    }

    @Test
    @Order(2)
    void theFormIsFilledAndARenamedProgramIsRefusedWhileAPdfScanIsHeld() throws Exception {
        typeField(":0:ftext", "Công ty In Thái Hòa");
        typeField(":1:ftext", "Sách, báo, tạp chí");
        String choice = id(":2:fchoice");
        browser()
                .script(
                        "var w = PF(arguments[0]); w.selectValue('Doanh nghiệp'); w.input.trigger('change');",
                        widget(choice));
        for (String[] number : new String[][] {{":3:fnumber", "4"}, {":4:fnumber", "25"}}) {
            browser()
                    .script(
                            "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                            widget(id(number[0])),
                            number[1]);
        }
        browser().settle();

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("ban-quet.pdf", exe);
        browser().waitForText("không phải bản quét PDF, JPEG, PNG hoặc TIFF");
        assertThat(browser().pageText()).doesNotContain("Đã tải lên \"ban-quet.pdf\"");

        // The scan is attached to the document chosen, not to the whole dossier.
        String document = (String) browser()
                .script("var w = PF('widget_receive_fileDocument'); var o = w.input[0].options[1];"
                        + " w.selectValue(o.value); w.input.trigger('change'); return o.text;");
        browser().settle();
        upload("to-khai.pdf", PDF);
        browser().waitForText("Đã tải lên \"to-khai.pdf\"");
        assertThat(browser().text("receive:pending")).contains("to-khai.pdf", "application/pdf", document);
        // The result is to be sent by the public postal service (the reference list's second method).
        browser()
                .driver()
                .findElement(By.cssSelector("label[for='receive:delivery:1']"))
                .click();
        browser().settle();
        browser().screenshot("counter-receive-filled");
    }

    @Test
    @Order(3)
    void aDoubleClickOnReceiveCreatesOneDossierWithItsCodeSecretDueDateAndScan() {
        // Two submissions of the same form (the button re-enabled between them, as a fast double click may do).
        browser()
                .script("var b = document.getElementById('receive:receive'); b.click(); b.disabled = false;"
                        + " b.classList.remove('ui-state-disabled'); b.click();");
        browser().settle();
        browser().waitForText("đã được tiếp nhận trước đó với mã");
        code = browser().text("receive:code");
        secret = browser().text("receive:secret");
        String today =
                LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(code).matches("000\\.00\\.12\\.H99-" + today + "-[0-9]{4}");
        assertThat(secret).matches("[2-9A-HJ-NP-Z]{6}");
        assertThat(browser().text("receive:due")).matches("[0-9]{2}:[0-9]{2} ngày [0-9]{2}/[0-9]{2}/20[0-9]{2}");
        assertThat(browser().pageText()).doesNotContain("Đã xảy ra lỗi");
        assertThat(CounterFixtureServlet.report(portal, ID_NUMBER)).isEqualTo("dossiers=1 files=1 intact=1");
        browser().script("window.scrollTo(0, 0)");
        browser().screenshot("counter-received");
    }

    @Test
    @Order(4)
    void theReceiptPrintsAsPdfWithTheCodeTheApplicantAndTheLookupQrCode() throws Exception {
        String href = browser().visible("receive:printReceipt").getAttribute("href");
        assertThat(href).contains("/work/form?dossier=").endsWith("kind=RECEIPT");
        HttpResponse<byte[]> reply = browser().get(href);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(reply.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        Files.write(Browser.artifact("counter-receipt.pdf"), reply.body());

        assertThat(Pdfs.text(reply.body()))
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        code,
                        NAME,
                        ID_NUMBER,
                        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                        "Cấp giấy phép hoạt động in xuất bản phẩm",
                        "15 ngày làm việc",
                        "Qua dịch vụ bưu chính công ích");
        try (PDDocument pdf = Loader.loadPDF(reply.body())) {
            var image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
            String qr = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertThat(qr)
                    .isEqualTo("http://localhost:8080/motcua/public/lookup.xhtml?code=" + code + "&secret=" + secret);
        }

        // Another agency's officer may not print it.
        String other = "tiepnhan.gtvt" + System.nanoTime() % 100_000;
        String password = FixtureServlet.officer(portal, other, "COUNTER_OFFICER", 130);
        try (Browser stranger = Browser.open(portal)) {
            stranger.logIn(other, password);
            assertThat(stranger.get(href).statusCode()).isEqualTo(404);
        }
    }

    @Test
    @Order(5)
    void theNextDossierIsRefusedWithItsReasonsAndForm03IsPrintedFromTheKeptCopy() throws Exception {
        browser().press("receive:next");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        browser().type("receive:idNumber", ID_NUMBER);
        browser().press("receive:find");
        browser().waitForText("Đã có thông tin người nộp");
        browser().choose("receive:procedure", "1.004690");
        browser().waitForText("Thành phần hồ sơ");
        browser().script("PF('widget_receive_refusal').toggle()");
        browser().settle();
        browser().type("receive:refusalReasons", "Cơ sở in đặt tại tỉnh khác, không thuộc thẩm quyền của Sở");
        browser().press("receive:refuse");
        browser().waitForText("Đã từ chối tiếp nhận hồ sơ");
        assertThat(browser().present("receive:printReceipt")).isFalse();
        String refusedCode = browser().text("receive:code");
        assertThat(refusedCode).isNotEqualTo(code).startsWith("000.00.12.H99-");
        browser().script("window.scrollTo(0, 0)");
        browser().screenshot("counter-refused");

        String href = browser().visible("receive:printRefusal").getAttribute("href");
        assertThat(href).endsWith("kind=REFUSAL");
        HttpResponse<byte[]> reply = browser().get(href);
        assertThat(reply.statusCode()).isEqualTo(200);
        Files.write(Browser.artifact("counter-refusal.pdf"), reply.body());
        assertThat(Pdfs.text(reply.body()))
                .contains("TỪ CHỐI", refusedCode, NAME, "Cơ sở in đặt tại tỉnh khác, không thuộc thẩm quyền của Sở");
    }

    @Test
    @Order(6)
    void anOfficerReceivesTheNextDossierWithTheKeyboardOnlyAndAlwaysSeesWhereTheFocusIs() {
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");

        tabTo("receive:idNumber");
        keys(ID_NUMBER, Keys.ENTER);
        browser().waitForText("Đã có thông tin người nộp");

        tabTo("receive:procedure");
        keys("1.004690");
        browser().settle();
        browser().waitForText("Thành phần hồ sơ");
        for (int i = 0; i < 3; i++) {
            tabTo("receive:documents:" + i + ":received");
            keys(Keys.SPACE);
            browser().settle();
        }
        tabTo(id(":0:ftext"));
        keys("Công ty In Hòa Bình");
        tabTo(id(":1:ftext"));
        keys("Lịch, bao bì");
        tabTo(id(":2:fchoice"));
        keys("Doanh");
        browser().settle();
        tabTo(id(":3:fnumber"));
        keys("2");
        tabTo(id(":4:fnumber"));
        keys("12");

        tabTo("receive:receive");
        keys(Keys.ENTER);
        browser().waitForText("Đã tiếp nhận hồ sơ");
        browser().settle();
        // The page puts the keyboard there just after its update (a few tens of milliseconds).
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser().driver(), java.time.Duration.ofSeconds(5))
                    .until(driver ->
                            "receive:printReceipt".equals(browser().script("return document.activeElement.id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // said by the assertion below
        }
        assertThat(browser().script("return document.activeElement.id"))
                .as("the receipt to print is where the keyboard is")
                .isEqualTo("receive:printReceipt");
        assertThat(CounterFixtureServlet.report(portal, ID_NUMBER)).startsWith("dossiers=3");
        browser().screenshot("counter-received-by-keyboard");
    }

    /**
     * Presses Tab until the keyboard is on the element of this client ID (or the input of the widget it names),
     * checking that the focus can be seen there: an outline or ring on the element, or on the box of a widget whose
     * own input is hidden (check boxes, drop-downs): the box is what the officer sees.
     */
    private void tabTo(String clientId) {
        var visited = new java.util.ArrayList<Object>();
        for (int presses = 0; presses < 120; presses++) {
            keys(Keys.TAB);
            visited.add(browser()
                    .script("var e = document.activeElement; return e ? (e.id || e.tagName + '.'"
                            + " + e.className) : 'none';"));
            Boolean there = (Boolean) browser()
                    .script(
                            "var e = document.activeElement;"
                                    + " return !!e && !!e.closest('[id=\"' + arguments[0] + '\"]');",
                            clientId);
            if (Boolean.TRUE.equals(there)) {
                assertThat(browser().script(FOCUS_SHOWN))
                        .as("focus visible on " + clientId)
                        .isEqualTo(true);
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + clientId + "; the keyboard went to "
                + visited.subList(Math.max(0, visited.size() - 40), visited.size()) + "; fields.js loaded: "
                + browser().script("return !!document.querySelector('script[src*=\"fields.js\"]')"));
    }

    private static final String FOCUS_SHOWN = "var e = document.activeElement;"
            + " function shown(x) { var s = getComputedStyle(x);"
            + "   return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }"
            + " var w = e.closest('.ui-selectonemenu, .ui-chkbox, .ui-radiobutton');"
            + " if (!w) return shown(e);"
            + " var f = w.matches('.ui-state-focus') ? w : w.querySelector('.ui-state-focus');"
            + " return !!f && shown(f);";

    private void keys(CharSequence... keys) {
        new Actions(browser().driver()).sendKeys(keys).perform();
    }

    private void upload(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("quet-");
        Path file = dir.resolve(name);
        Files.write(file, content);
        browser()
                .driver()
                .findElement(By.cssSelector("#receive\\:files input[type=file]"))
                .sendKeys(file.toString());
        browser().settle();
    }

    private String id(String suffix) {
        return browser()
                .driver()
                .findElement(By.cssSelector("#receive\\:form [id$='" + suffix + "']"))
                .getAttribute("id");
    }

    private void typeField(String suffix, String text) {
        browser().type(id(suffix), text);
    }

    private static String widget(String clientId) {
        return "widget_" + clientId.replace(':', '_');
    }
}
