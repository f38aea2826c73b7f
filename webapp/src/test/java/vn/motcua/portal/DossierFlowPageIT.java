package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The fee and transfer dialogs of the dossier screen in a real browser: the processing officer asks for the fee, the
 * counter officer records the payment (method, receipt number), the processing officer transfers the step to another
 * agency. Demo procedure 2 (one fee), received at counter 200 of agency 110.
 */
class DossierFlowPageIT extends DossierScreenJourney {

    private static final long N = System.nanoTime() % 100_000;
    private static final String HEAD = "tp.phi" + N;
    private static final String OFFICER = "cv.phi" + N;
    private static final String COUNTER = "mc.phi" + N;
    private static String dossierId;
    private static String code;

    @Test
    @Order(1)
    void processingOfficerAsksForTheFee() {
        String[] received =
                DossierFixtureServlet.dossier(portal, "Lê Văn Phí " + N, "0014345" + String.format("%05d", N), 2, 200);
        dossierId = received[0];
        code = received[1];
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", 110);
        signIn(HEAD, "DIVISION_HEAD");
        openDossier(dossierId, code);
        act("ASSIGN");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        confirm("Phân công");
        browser().logOut();

        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier(dossierId, code);
        act("REQUEST_FEE");
        assertThat(browser().pageText()).contains("Tạm dừng tính thời gian");
        browser().type("actionForm:reason", "Đề nghị nộp phí thẩm định nội dung");
        confirm("Yêu cầu nộp phí");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ nộp phí");
        browser().logOut();
    }

    @Test
    @Order(2)
    void counterOfficerRecordsThePayment() {
        signIn(COUNTER, "COUNTER_OFFICER");
        openDossier(dossierId, code);
        act("FEE_PAID");
        browser().choose("actionForm:paymentMethod", "Tiền mặt tại quầy");
        browser().type("actionForm:receiptNumber", "BL-" + N);
        confirm("Đã nộp phí");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        assertThat(browser().text("dossier:fees")).contains("Đã nộp");
        assertThat(browser().text("dossier:timeline")).contains("Tiền mặt tại quầy · BL-" + N);
        browser().logOut();
    }

    @Test
    @Order(3)
    void processingOfficerTransfersTheStepToAnotherAgency() {
        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier(dossierId, code);
        act("TRANSFER");
        browser().choose("actionForm:agency", "Sở Lao động - Thương binh và Xã hội");
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
}
