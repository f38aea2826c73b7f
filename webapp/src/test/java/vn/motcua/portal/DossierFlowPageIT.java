package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.testkit.Browser;
import vn.motcua.testkit.Deployments;

/**
 * The fee and transfer dialogs of the dossier screen in a real browser: the processing officer asks for the fee, the
 * counter officer records the payment (method, receipt number), the processing officer transfers the step to another
 * agency. Demo procedure 2 (one fee), received at counter 200 of agency 110.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierFlowPageIT {

    private static final long N = System.nanoTime() % 100_000;
    private static final String HEAD = "tp.phi" + N;
    private static final String OFFICER = "cv.phi" + N;
    private static final String COUNTER = "mc.phi" + N;
    private static Browser browser;
    private static String dossierId;
    private static String code;

    @ArquillianResource
    URL portal;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal()
                .withClasses(FixtureServlet.class, DossierFixtureServlet.class, TestOfficers.class, TestDossiers.class)
                .withConfig(FixtureServlet.PUBLIC_PATHS)
                .build();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(portal);
        }
        return browser;
    }

    @Test
    @Order(1)
    void processingOfficerAsksForTheFee() {
        String[] received =
                DossierFixtureServlet.dossier(portal, "Lê Văn Phí " + N, "0014345" + String.format("%05d", N), 2, 200);
        dossierId = received[0];
        code = received[1];
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", 110);
        signIn(HEAD, "DIVISION_HEAD");
        openDossier();
        act("ASSIGN");
        choose("actionForm:officer", "Cán bộ " + OFFICER);
        confirm("Phân công");
        logout();

        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier();
        act("REQUEST_FEE");
        assertThat(browser().pageText()).contains("Tạm dừng tính thời gian");
        browser().type("actionForm:reason", "Đề nghị nộp phí thẩm định nội dung");
        confirm("Yêu cầu nộp phí");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ nộp phí");
        logout();
    }

    @Test
    @Order(2)
    void counterOfficerRecordsThePayment() {
        signIn(COUNTER, "COUNTER_OFFICER");
        openDossier();
        act("FEE_PAID");
        choose("actionForm:paymentMethod", "Tiền mặt tại quầy");
        browser().type("actionForm:receiptNumber", "BL-" + N);
        confirm("Đã nộp phí");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        assertThat(browser().text("dossier:fees")).contains("Đã nộp");
        assertThat(browser().text("dossier:timeline")).contains("Tiền mặt tại quầy · BL-" + N);
        logout();
    }

    @Test
    @Order(3)
    void processingOfficerTransfersTheStepToAnotherAgency() {
        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier();
        act("TRANSFER");
        choose("actionForm:agency", "Sở Lao động - Thương binh và Xã hội");
        browser().type("actionForm:comment", "Đề nghị phối hợp thẩm định");
        confirm("Chuyển liên thông");
        assertThat(browser().text("dossier:code")).isEqualTo(code);
        assertThat(browser().text("dossier:state")).isEqualTo("Đã tiếp nhận");
        assertThat(browser().pageText()).contains("Sở Lao động - Thương binh và Xã hội");
        assertThat(browser().present("dossier:act_TRANSFER")).isFalse();
        assertThat(browser().text("dossier:timeline"))
                .contains("Yêu cầu nộp phí", "Đã nộp phí", "Chuyển liên thông", "Đề nghị phối hợp thẩm định");
        browser().screenshot("flow-transferred");
    }

    private void openDossier() {
        browser().go("work/dossier.xhtml?id=" + dossierId);
        browser().waitForText("Quá trình xử lý");
        assertThat(browser().text("dossier:code")).isEqualTo(code);
    }

    private void act(String action) {
        browser().press("dossier:act_" + action);
        browser().visible("actionForm:confirm");
        browser().settle();
    }

    private void confirm(String label) {
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"" + label + "\"");
        browser().settle();
    }

    private void signIn(String username, String role) {
        String password = FixtureServlet.officer(portal, username, role, 110);
        browser().go("login.xhtml").type("login:username", username).type("login:password", password);
        browser().press("login:submit");
    }

    private void logout() {
        browser().press("session:logout");
    }

    /** Picks an option by its label; the 'change' event makes PrimeFaces submit it like a click would. */
    private void choose(String menuId, String label) {
        browser()
                .script(
                        "var w = PF(arguments[0]); var o = Array.from(w.input[0].options).find(o => o.text.includes(arguments[1]));"
                                + " w.selectValue(o.value); w.input.trigger('change');",
                        "widget_" + menuId.replace(':', '_'),
                        label);
        browser().settle();
    }
}
