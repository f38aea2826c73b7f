package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.PortalPageTest;

/**
 * A citizen scans the QR code of the receipt (form 01) and lands, without logging in, on the public lookup page
 * showing where the dossier stands in plain Vietnamese, with nothing personal, and without an HTTP session; a
 * mistyped lookup code gets the neutral answer, the right one (typed in lower case) the dossier again.
 */
class PublicLookupPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;
    private static final String APPLICANT = "Vũ Thị Quét Mã " + N;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    void theQrCodeOfTheReceiptOpensTheLookupPageWithTheStateAndNothingPersonal() throws Exception {
        // Demo procedure 1 "Cấp giấy phép xuất bản bản tin" of Sở TTTT (110), received at its counter 200.
        String[] received =
                DossierFixtureServlet.dossier(portal, APPLICANT, "0012388" + String.format("%05d", N), 1, 200);
        String code = received[1];
        String secret = received[2];

        String qr = receiptQrCode(received[0]);
        assertThat(qr).isEqualTo("http://localhost:8080/motcua/public/lookup.xhtml?code=" + code + "&secret=" + secret);
        String lookupAddress = qr.substring(qr.indexOf("/public/"));

        HttpResponse<String> plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(portal.toExternalForm().replaceAll("/$", "") + lookupAddress))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("Hồ sơ đã được tiếp nhận và đang chờ phân công người giải quyết.");
        assertThat(plain.headers().allValues("Set-Cookie"))
                .as("no session, no cookie")
                .isEmpty();
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        try (Browser citizen = Browser.open(portal)) {
            citizen.go(lookupAddress);
            citizen.waitForText("Quá trình giải quyết");
            assertThat(citizen.path()).as("no login asked").startsWith("/public/lookup.xhtml");
            assertThat(citizen.text("state")).isEqualTo("Đã tiếp nhận");
            assertThat(citizen.text("stateText"))
                    .isEqualTo("Hồ sơ đã được tiếp nhận và đang chờ phân công người giải quyết.");
            assertThat(citizen.text("code")).isEqualTo(code);
            assertThat(citizen.text("procedure")).isEqualTo("Cấp giấy phép xuất bản bản tin");
            assertThat(citizen.text("agency")).isEqualTo("Sở Thông tin và Truyền thông");
            assertThat(citizen.text("national")).isEqualTo("2 – Được tiếp nhận");
            assertThat(citizen.text("timeliness")).isEqualTo("Đang trong thời hạn giải quyết");
            assertThat(citizen.text("dueAt")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            assertThat(citizen.text("timeline")).contains("Tiếp nhận hồ sơ", "Sở Thông tin và Truyền thông");
            // Nothing personal: neither the applicant nor the officers who handled it (the header's "Cán bộ đăng nhập"
            // link is the only "Cán bộ" on the page).
            assertThat(citizen.pageText().replace("Cán bộ đăng nhập", ""))
                    .doesNotContain(APPLICANT, "Cán bộ", "tiepnhan");
            assertThat(citizen.visible("lookup:secret").getAttribute("value"))
                    .as("the form is filled from the address")
                    .isEqualTo(secret);
            citizen.screenshot("public-lookup");
            assertThat(citizen.driver().manage().getCookieNamed("JSESSIONID"))
                    .as("an anonymous visitor gets no session")
                    .isNull();

            // a wrong secret of the right shape ("ZZ" + the rest was the right one when the secret began with ZZ)
            citizen.type("lookup:secret", (secret.charAt(0) == 'Z' ? "Y" : "Z") + secret.substring(1));
            citizen.press("lookup:search");
            citizen.waitForText("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập");
            assertThat(citizen.present("state"))
                    .as("nothing of the dossier stays on the page")
                    .isFalse();

            citizen.type("lookup:secret", secret.toLowerCase());
            citizen.press("lookup:search");
            citizen.waitForText("Quá trình giải quyết");
            assertThat(citizen.text("state")).isEqualTo("Đã tiếp nhận");
            assertThat(citizen.pageText()).doesNotContain("Không tìm thấy hồ sơ");
            assertThat(citizen.driver().manage().getCookieNamed("JSESSIONID"))
                    .as("nor after looking up with the form")
                    .isNull();
        }
    }

    /** Signs a counter officer of the agency in, prints form 01 of the dossier and reads its QR code. */
    private String receiptQrCode(String dossierId) throws Exception {
        String username = "tiepnhan.lookup" + N;
        String password = FixtureServlet.officer(portal, username, "COUNTER_OFFICER", 110);
        try (Browser officer = Browser.open(portal)) {
            officer.logIn(username, password);
            HttpResponse<byte[]> reply = officer.get("work/form?dossier=" + dossierId + "&kind=RECEIPT");
            assertThat(reply.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(reply.body())) {
                var image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
                return new QRCodeReader()
                        .decode(
                                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                        .getText();
            }
        }
    }
}
