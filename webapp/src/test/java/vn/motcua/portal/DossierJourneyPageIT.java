package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a dossier in a real browser, each step by a different officer: received at the counter of the
 * department (fixture), the division head assigns it, the processing officer asks for a supplement, the counter
 * officer records the supplement brought back, the processing officer extends the due date with an apology and
 * forwards it, the leader approves, the counter officer returns the result to its recipient; forms 02 and 04 are
 * printed by their buttons from the copies kept at the moment of their action; the process control sheet (form 05) on screen shows every hand-over with its verdict
 * and its PDF prints. Demo procedure 1: appraisal by division 111, approval at department 110, whose officers cover
 * the division.
 */
class DossierJourneyPageIT extends DossierScreenJourney {

    private static final long N = System.nanoTime() % 100_000;
    private static final String HEAD = "tp.hanhtrinh" + N;
    private static final String OFFICER = "cv.hanhtrinh" + N;
    private static final String LEADER = "ld.hanhtrinh" + N;
    private static final String COUNTER = "mc.hanhtrinh" + N;
    private static final String APPLICANT = "Trần Thị Hành Trình " + N;
    private static String dossierId;
    private static String code;

    @Test
    @Order(1)
    void divisionHeadAssigns() {
        String[] received =
                DossierFixtureServlet.dossier(portal, APPLICANT, "0013345" + String.format("%05d", N), 1, 200);
        dossierId = received[0];
        code = received[1];
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", 110);
        FixtureServlet.officer(portal, LEADER, "LEADER", 110);
        signIn(HEAD, "DIVISION_HEAD");
        openDossier(dossierId, code);
        assertThat(browser().text("dossier:state")).isEqualTo("Đã tiếp nhận");
        act("ASSIGN");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        browser().type("actionForm:comment", "Giao thẩm định hồ sơ bản tin");
        confirm("Phân công");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        browser().logOut();
    }

    @Test
    @Order(2)
    void processingOfficerRequestsASupplement() {
        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier(dossierId, code);
        act("REQUEST_SUPPLEMENT");
        browser().visible("actionForm:reason");
        browser().type("actionForm:reason", "Thiếu bản sao quyết định thành lập");
        browser().type("actionForm:missing", "Bản sao quyết định thành lập cơ quan");
        confirm("Yêu cầu bổ sung");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ bổ sung");
        assertThat(browser().present("dossier:act_FORWARD")).isFalse();
        // Form 02 was issued with the request: kept with the dossier's files, printed by its button.
        assertThat(browser().text("dossier:scans")).contains("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)");
        assertPdf(browser().visible("dossier:printSupplement").getAttribute("href"), "kind=SUPPLEMENT_REQUEST");
        browser().logOut();
    }

    @Test
    @Order(3)
    void counterOfficerRecordsTheSupplementBroughtBack() {
        signIn(COUNTER, "COUNTER_OFFICER");
        openDossier(dossierId, code);
        assertThat(browser().text("dossier:supplementMissing"))
                .as("the counter sees which documents to collect")
                .contains("Bản sao quyết định thành lập cơ quan");
        act("SUPPLEMENT_RETURNED");
        browser().type("actionForm:comment", "Công dân đã nộp bản sao quyết định");
        confirm("Nhận bổ sung");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        assertThat(browser().pageText())
                .as("the timeline writes moments as dd/MM/yyyy HH:mm, never raw timestamps")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:")
                .doesNotContainPattern("còn \\d+,\\d+ ngày");
        browser().logOut();
    }

    @Test
    @Order(4)
    void processingOfficerForwardsToTheLeader() {
        signIn(OFFICER, "PROCESSING_OFFICER");
        openDossier(dossierId, code);
        // Late after all: an apology with a new appointment (form 04), issued and kept at once.
        act("EXTEND");
        LocalDate newDue = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(60);
        browser().type("actionForm:newDue_input", newDue.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser().type("actionForm:reason", "Chờ ý kiến thẩm định của cơ quan phối hợp");
        confirm("Gia hạn, xin lỗi");
        assertThat(browser().text("dossier:due")).contains(newDue.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser().text("dossier:scans")).contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)");
        assertPdf(browser().visible("dossier:printApology").getAttribute("href"), "kind=APOLOGY");
        browser().screenshot("journey-forms-02-04");
        act("FORWARD");
        browser().choose("actionForm:officer", "Cán bộ " + LEADER);
        browser().type("actionForm:comment", "Đủ điều kiện cấp phép sau bổ sung");
        confirm("Chuyển bước tiếp");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ phê duyệt");
        browser().logOut();
    }

    @Test
    @Order(5)
    void leaderApproves() {
        signIn(LEADER, "LEADER");
        openDossier(dossierId, code);
        act("APPROVE");
        browser().type("actionForm:comment", "Đồng ý cấp phép");
        confirm("Phê duyệt");
        assertThat(browser().text("dossier:state")).isEqualTo("Có kết quả");
        browser().logOut();
    }

    @Test
    @Order(6)
    void counterOfficerReturnsTheResultAndTheControlSheetShowsEveryHandOver() {
        signIn(COUNTER, "COUNTER_OFFICER");
        openDossier(dossierId, code);
        act("RETURN");
        assertThat(browser().visible("actionForm:recipient").getAttribute("value"))
                .as("the applicant, by default")
                .isEqualTo(APPLICANT);
        browser().type("actionForm:comment", "Trả tận tay, công dân đã ký sổ");
        confirm("Trả kết quả");
        assertThat(browser().text("dossier:state")).isEqualTo("Đã trả kết quả");

        String sheet = browser().text("dossier:timeline");
        assertThat(sheet)
                .contains(
                        "Tiếp nhận",
                        "Phân công",
                        "Yêu cầu bổ sung",
                        "Nhận bổ sung",
                        "Chuyển bước tiếp",
                        "Phê duyệt",
                        "Gia hạn, xin lỗi",
                        "Trả kết quả")
                .contains("Cán bộ " + HEAD, "Cán bộ " + OFFICER, "Cán bộ " + LEADER, "Cán bộ " + COUNTER)
                .contains("Thẩm định, xử lý hồ sơ", "Phê duyệt kết quả")
                .contains(
                        "Giao thẩm định hồ sơ bản tin",
                        "Thiếu bản sao quyết định thành lập",
                        "Công dân đã nộp bản sao quyết định",
                        "Đủ điều kiện cấp phép sau bổ sung",
                        "Đồng ý cấp phép",
                        "Chờ ý kiến thẩm định của cơ quan phối hợp",
                        "Người nhận: " + APPLICANT,
                        "Trả tận tay, công dân đã ký sổ");
        // Eight hand-overs; the receiving, processing and approval steps each got a verdict.
        assertThat(browser()
                        .driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#dossier\\:timeline tbody tr"))
                        .size())
                .isEqualTo(8);
        assertThat(browser()
                        .driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#dossier\\:timeline .ui-tag"))
                        .size())
                .isEqualTo(3);
        assertThat(sheet).containsAnyOf("Trước hạn", "Đúng hạn").doesNotContain("Quá hạn");
        browser().screenshot("journey-returned");

        // Form 05 printed from the dossier screen's link.
        String href = browser()
                .driver()
                .findElement(org.openqa.selenium.By.id("dossier:controlSheet"))
                .getAttribute("href");
        assertThat(href).contains("/work/form?dossier=" + dossierId).endsWith("kind=CONTROL_SHEET");
        assertPdf(href, "kind=CONTROL_SHEET");
    }

    /** The link prints a PDF in the officer's session. */
    private void assertPdf(String href, String kind) {
        assertThat(href).contains("/work/form?dossier=" + dossierId).endsWith(kind);
        @SuppressWarnings("unchecked")
        List<Object> reply = (List<Object>) browser()
                .script(
                        "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
                                + " x.overrideMimeType('text/plain; charset=x-user-defined'); x.send();"
                                + " return [x.status, x.getResponseHeader('Content-Type'), x.responseText.substring(0, 5)];",
                        href);
        assertThat(((Number) reply.get(0)).intValue()).isEqualTo(200);
        assertThat((String) reply.get(1)).startsWith("application/pdf");
        assertThat((String) reply.get(2)).isEqualTo("%PDF-");
    }
}
