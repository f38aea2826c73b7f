package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.dossier.printing.control.DefaultTemplates;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * An administrator opens "Mẫu phiếu in" from the menu and uploads a new version of form 05 in a real browser: a
 * broken file is refused with each problem by line and nothing is stored; the corrected file is stored as the next
 * version from the chosen date (far ahead, so no other test prints with it), listed as scheduled, downloads as the
 * same text and previews as a PDF with the new title.
 */
class FormTemplatesPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String ADMIN = "quantri.mauphieu" + N;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    void anAdminUploadsANewVersionOfForm05AfterABrokenOneIsRefused() throws Exception {
        String base = portal.toExternalForm().replaceAll("/$", "");
        int anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/admin/form-template?kind=RECEIPT&as=txt"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(anonymous).as("sent to the login page").isEqualTo(302);

        String password = FixtureServlet.officer(portal, ADMIN, "ADMIN", 110);
        try (Browser browser = Browser.open(portal)) {
            browser.logIn(ADMIN, password);
            browser.press("menu:menu-form-templates");
            browser.waitForText("Các phiên bản đã tải lên");
            assertThat(browser.text("templates:forms"))
                    .contains(
                            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                            "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                            "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
                            "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
                            "Phiếu kiểm soát quá trình giải quyết hồ sơ");

            // Form 05 is the fifth row.
            browser.press("templates:forms:4:upload");
            browser.visible("upload:effectiveFrom_input");
            assertThat(browser.pageText()).contains("Tải lên phiên bản mới của mẫu số 05");

            String title = "PHIẾU KIỂM SOÁT (THỬ NGHIỆM " + N + ")";
            String good = DefaultTemplates.text(FormKind.CONTROL_SHEET)
                    .replace("title: PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "title: " + title);
            String broken = good.replace("[[handOvers]]", "").replace("${applicantName}", "${tenNguoiNop}");
            upload(browser, "mau-05-loi.txt", broken);
            browser.waitForText("có 2 lỗi nên không được lưu");
            assertThat(browser.text("upload:problems"))
                    .contains("Dòng 8:", "${tenNguoiNop}", "Thiếu khối bắt buộc “[[handOvers]]”");
            assertThat(browser.visible("upload:save").isEnabled())
                    .as("nothing to save")
                    .isFalse();
            browser.screenshot("form-templates-refused");

            upload(browser, "mau-05-moi.txt", good);
            browser.waitForText("Tệp \"mau-05-moi.txt\" hợp lệ");
            assertThat(browser.present("upload:problems")).isFalse();
            // Far ahead, so no other test's dossier prints with this version.
            LocalDate day = LocalDate.now().plusYears(3);
            String from = day.format(DAY);
            browser.script(
                    "PF('widget_upload_effectiveFrom').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
                    day.getYear(),
                    day.getMonthValue(),
                    day.getDayOfMonth());
            browser.press("upload:save");
            browser.waitForText("Đã lưu phiên bản");
            Matcher stored = Pattern.compile("Đã lưu phiên bản (\\d+) của mẫu số 05, có hiệu lực từ (\\S+)\\.")
                    .matcher(browser.pageText());
            assertThat(stored.find()).isTrue();
            String version = stored.group(1);
            assertThat(stored.group(2)).isEqualTo(from);
            assertThat(browser.text("templates:forms:4:scheduled")).isEqualTo("Phiên bản " + version + ", từ " + from);
            assertThat(browser.text("templates:versions")).contains(from, "Cán bộ " + ADMIN, "Sắp áp dụng");
            browser.screenshot("form-templates-stored");

            String link = base + "/admin/form-template?kind=CONTROL_SHEET&version=" + version;
            HttpResponse<byte[]> text = browser.get(link + "&as=txt");
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"mau-05-control-sheet-v" + version + ".txt\"");
            assertThat(new String(text.body(), StandardCharsets.UTF_8)).isEqualTo(good);

            HttpResponse<byte[]> preview = browser.get(link + "&as=pdf");
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
            Files.write(Browser.artifact("form-05-preview.pdf"), preview.body());
            assertThat(Pdfs.text(preview.body())).contains(title, "Nguyễn Văn A (hồ sơ mẫu)", "Thẩm định, xử lý hồ sơ");
            String inUse = browser.driver()
                    .findElement(By.id("templates:forms:4:download"))
                    .getAttribute("href");
            assertThat(new String(browser.get(inUse).body(), StandardCharsets.UTF_8))
                    .as("the template in use today is still the built-in one")
                    .isEqualTo(DefaultTemplates.text(FormKind.CONTROL_SHEET));
        }
    }

    private static void upload(Browser browser, String name, String content) throws Exception {
        Path file = Files.createTempDirectory("mau-").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.driver()
                .findElement(By.cssSelector("#upload\\:file input[type=file]"))
                .sendKeys(file.toString());
        browser.settle();
    }
}
