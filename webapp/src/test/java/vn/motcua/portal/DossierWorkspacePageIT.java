package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A dossier received at the counter of the Department of Information and Communications goes through the back
 * office in a real browser: the division head finds it in "to assign" and assigns it, the processing officer finds
 * it in "mine" and forwards it, the leader approves it; the process control sheet shows every hand-over.
 */
class DossierWorkspacePageIT extends DossierScreenJourney {

    private static final long N = System.nanoTime() % 100_000;
    private static final String HEAD = "truongphong" + N;
    private static final String OFFICER = "chuyenvien" + N;
    private static final String LEADER = "lanhdao" + N;
    private static final String APPLICANT = "Hoàng Văn Bản Tin " + N;
    private static String dossierId;
    private static String code;

    @Test
    @Order(1)
    void divisionHeadFindsTheNewDossierToAssignAndAssignsIt() {
        // Demo procedure 1 "Cấp giấy phép xuất bản bản tin", decided by agency 110, received at its counter 200.
        String[] received =
                DossierFixtureServlet.dossier(portal, APPLICANT, "0012345" + String.format("%05d", N), 1, 200);
        dossierId = received[0];
        code = received[1];
        // The three officers of the department exist before anyone picks them from a list.
        FixtureServlet.officer(portal, OFFICER, "PROCESSING_OFFICER", 110);
        FixtureServlet.officer(portal, LEADER, "LEADER", 110);
        signIn(HEAD, "DIVISION_HEAD");
        findInList("TO_ASSIGN");
        assertThat(browser().pageText()).contains("Chờ phân công", APPLICANT, "Cấp giấy phép xuất bản bản tin", "còn ");
        browser().screenshot("workspace-to-assign");
        // Found by the applicant's name typed without diacritics too (issue 14: accent-insensitive search).
        browser().type("work:code", "").type("work:applicant", "hoang van ban tin " + N);
        browser().press("work:find");
        browser().waitForText(code);
        assertThat(browser().pageText()).contains(APPLICANT);

        // On a 1280 px screen the applicant and the procedure keep room to be read (issue 14, defect 4: they were
        // squeezed to 51 px, one word per line): the "received" column gives way, nothing scrolls sideways.
        browser().viewport(1280, 1024);
        Object widths = browser()
                .script(
                        "var row = Array.from(document.querySelectorAll('tr')).find(r => r.querySelector('a')"
                                + " && r.querySelector('a').textContent === arguments[0]);"
                                + " return [row.cells[1].getBoundingClientRect().width,"
                                + " row.cells[2].getBoundingClientRect().width];",
                        code);
        assertThat((java.util.List<?>) widths)
                .as("widths of the applicant's and the procedure's cells at 1280 px")
                .allSatisfy(width -> assertThat(((Number) width).doubleValue()).isGreaterThan(150));
        assertThat(browser().horizontalOverflow())
                .as("sideways scrolling at 1280 px")
                .isZero();
        browser().screenshot("workspace-to-assign-1280");
        browser().viewport(1366, 857);

        browser()
                .script(
                        "Array.from(document.querySelectorAll('a.mc-dossier-link'))"
                                + ".find(a => a.textContent === arguments[0]).click()",
                        code);
        browser().settle();
        browser().waitForText("Quá trình xử lý");
        assertThat(browser().text("dossier:code")).isEqualTo(code);
        assertThat(browser().text("dossier:state")).isEqualTo("Đã tiếp nhận");
        assertThat(browser().pageText()).contains("phiên bản 1", "Tờ khai đề nghị cấp giấy phép xuất bản bản tin");

        browser().press("dossier:act_ASSIGN");
        browser().visible("actionForm:officer");
        browser().choose("actionForm:officer", "Cán bộ " + OFFICER);
        browser().type("actionForm:comment", "Đề nghị thẩm định trong tuần");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Phân công\"");
        assertThat(browser().text("dossier:state")).isEqualTo("Đang xử lý");
        browser().screenshot("workspace-assigned");
        browser().logOut();
    }

    @Test
    @Order(2)
    void processingOfficerFindsItInMineAndForwardsItToTheLeader() {
        signIn(OFFICER, "PROCESSING_OFFICER");
        findInList("MINE");
        browser().go("work/dossier.xhtml?id=" + dossierId);
        browser().waitForText("Đề nghị thẩm định trong tuần");
        browser().press("dossier:act_FORWARD");
        browser().visible("actionForm:officer");
        browser().choose("actionForm:officer", "Cán bộ " + LEADER);
        browser().type("actionForm:comment", "Hồ sơ đủ điều kiện cấp phép");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Chuyển bước tiếp\"");
        assertThat(browser().text("dossier:state")).isEqualTo("Chờ phê duyệt");
        browser().logOut();
    }

    @Test
    @Order(3)
    void leaderApprovesAndTheControlSheetShowsEveryHandOver() {
        signIn(LEADER, "LEADER");
        findInList("TO_APPROVE");
        browser().go("work/dossier.xhtml?id=" + dossierId);
        browser().press("dossier:act_APPROVE");
        browser().visible("actionForm:comment");
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"Phê duyệt\"");
        assertThat(browser().text("dossier:state")).isEqualTo("Có kết quả");

        String sheet = browser().text("dossier:timeline");
        assertThat(sheet)
                .contains("Tiếp nhận", "Phân công", "Chuyển bước tiếp", "Phê duyệt")
                .contains("Cán bộ " + HEAD, "Cán bộ " + OFFICER, "Cán bộ " + LEADER)
                .contains("Thẩm định, xử lý hồ sơ", "Phê duyệt kết quả")
                .contains("Đề nghị thẩm định trong tuần", "Hồ sơ đủ điều kiện cấp phép");
        // The receiving, processing and approval steps each got a verdict (done early or on time here).
        assertThat(browser()
                        .driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#dossier\\:timeline .ui-tag"))
                        .size())
                .isEqualTo(3);
        assertThat(sheet).containsAnyOf("Trước hạn", "Đúng hạn").doesNotContain("Quá hạn");
        browser().screenshot("workspace-approved");
    }

    /** Opens the worklist and finds this test's dossier by its code (the list holds the whole run's dossiers). */
    private void findInList(String list) {
        browser().go("work/dossiers.xhtml?list=" + list);
        browser().type("work:code", code);
        browser().press("work:find");
        browser().waitForText(code);
    }
}
