package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.PortalPageTest;

/**
 * A catalog admin, in a real browser, defines a procedure with documents, fees, a three-step process and a custom
 * form, publishes it, then publishes version 2 with a different fee while version 1 stays readable.
 */
class ProcedureEditorPageIT extends PortalPageTest {

    private static final String CODE = "9.9" + System.nanoTime() % 100_000;
    private static final String NAME = "Cấp giấy phép tổ chức triển lãm tranh cổ động " + CODE;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Test
    @Order(1)
    void catalogAdminSeesTheDemoCatalogPagedInTheDatabase() {
        String username = "danhmuc" + System.nanoTime() % 100_000;
        String password = FixtureServlet.officer(portal, username, "CATALOG_ADMIN", 100);
        browser().logIn(username, password);
        browser().go("admin/procedures.xhtml");
        assertThat(browser().pageText())
                .contains("Cấp giấy phép xuất bản bản tin", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp");
        browser().screenshot("procedures");
    }

    @Test
    @Order(2)
    void adminDefinesAProcedureWithDocumentsFeesAThreeStepProcessAndAForm() {
        browser().press("procedures:create");
        browser().type("editor:tabs:code", CODE).type("editor:tabs:name", NAME);
        browser().choose("editor:tabs:sector", "Báo chí - Xuất bản");
        browser().choose("editor:tabs:agency", "Sở Thông tin và Truyền thông");
        typeNumber("editor:tabs:days", "7");
        browser().press("editor:save");
        browser().waitForText("Đã tạo thủ tục");
        assertThat(browser().path()).startsWith("/admin/procedure.xhtml?id=");
        // The standard process was proposed: three steps adding up to the 7 days.
        tab("processTab");
        assertThat(browser().text("editor:tabs:stepTotal")).contains("7 / 7");

        tab("documentsTab");
        browser().press("editor:tabs:addDocument");
        browser().type("editor:tabs:documents:0:docName", "Đơn đề nghị cấp giấy phép triển lãm");
        browser().press("editor:tabs:addDocument");
        browser().type("editor:tabs:documents:1:docName", "Danh mục tác phẩm dự kiến trưng bày");

        tab("feesTab");
        browser().press("editor:tabs:addFee");
        browser().type("editor:tabs:fees:0:feeName", "Phí thẩm định nội dung triển lãm");
        typeNumber("editor:tabs:fees:0:amount", "300000");

        tab("processTab");
        // A wrong budget is refused with the reason, and nothing is saved.
        typeNumber("editor:tabs:steps:1:budget", "9");
        browser().press("editor:save");
        browser().waitForText("phải bằng thời hạn giải quyết");
        typeNumber("editor:tabs:steps:1:budget", "5.5");

        tab("formTab");
        browser().press("editor:tabs:addField");
        browser().type("editor:tabs:fields:0:label", "Tên triển lãm").type("editor:tabs:fields:0:key", "tenTrienLam");
        browser().script("document.getElementById('editor:tabs:fields:0:required_input').click()");
        browser().press("editor:tabs:addField");
        browser().type("editor:tabs:fields:1:label", "Số tác phẩm").type("editor:tabs:fields:1:key", "soTacPham");
        browser().script("PF('widget_editor_tabs_fields_1_type').selectValue('NUMBER')");

        browser().press("editor:save");
        browser().waitForText("Đã lưu.");
        assertThat(browser().pageText()).doesNotContain("Đã xảy ra lỗi");
        browser().screenshot("procedure-draft");

        browser().press("editor:openPublish");
        browser().press("editor:publish");
        browser().waitForText("Đã ban hành phiên bản 1");
        assertThat(browser().present("editor:save")).as("published: read-only").isFalse();
        tab("feesTab");
        assertThat(value("editor:tabs:fees:0:feeName")).isEqualTo("Phí thẩm định nội dung triển lãm");
        assertThat(value("editor:tabs:fees:0:amount_input")).contains("300.000");
    }

    @Test
    @Order(3)
    void adminPublishesVersionTwoWithADifferentFeeAndVersionOneStaysReadable() {
        browser().press("editor:draftNext");
        browser().waitForText("Đã tạo bản nháp phiên bản 2");
        tab("feesTab");
        typeNumber("editor:tabs:fees:0:amount", "450000");
        browser().type("editor:tabs:fees:0:feeName", "Phí thẩm định nội dung triển lãm (mức mới)");
        tab("general");
        browser().type("editor:tabs:note", "Điều chỉnh mức phí thẩm định");
        browser().press("editor:openPublish");
        browser().visible("editor:publish");
        assertThat(browser()
                        .script("var p = document.getElementById('editor:publishFrom_panel');"
                                + " return !p || p.offsetParent === null"))
                .as("the calendar does not open over \"Ban hành\" with the dialog")
                .isEqualTo(Boolean.TRUE);
        // Version 1 is in force from tomorrow, so version 2 must start later.
        // The date is the browser's own calendar day (the browser's time zone may differ from the test JVM's
        // Asia/Ho_Chi_Minh: between 17:00 and 24:00 UTC the two are a day apart).
        String chosen = (String) browser()
                .script("var d = new Date(Date.now() + 3 * 86400000);"
                        + " PF('widget_editor_publishFrom').setDate(d);"
                        + " return ('0' + d.getDate()).slice(-2) + '/' + ('0' + (d.getMonth() + 1)).slice(-2)"
                        + " + '/' + d.getFullYear();");
        browser().press("editor:publish");
        browser().waitForText("Đã ban hành phiên bản 2");
        assertThat(browser().pageText())
                .as("the confirmation names the date chosen, not the dialog's default")
                .contains("có hiệu lực từ ngày " + chosen);
        tab("feesTab");
        assertThat(value("editor:tabs:fees:0:feeName")).isEqualTo("Phí thẩm định nội dung triển lãm (mức mới)");
        assertThat(value("editor:tabs:fees:0:amount_input")).contains("450.000");

        // Version 1 is still there, unchanged.
        String v1 = (String) browser()
                .script("return Array.from(document.querySelectorAll('#editor\\\\:version_input option'))"
                        + ".find(o => o.text.startsWith('Phiên bản 1')).value");
        browser()
                .script(
                        "var w = PF('widget_editor_version'); w.selectValue(arguments[0]); w.input.trigger('change');",
                        v1);
        browser().settle();
        assertThat(browser().text("editor:status")).isEqualTo("Đã ban hành");
        tab("feesTab");
        assertThat(value("editor:tabs:fees:0:feeName")).isEqualTo("Phí thẩm định nội dung triển lãm");
        assertThat(value("editor:tabs:fees:0:amount_input")).contains("300.000");
        browser().screenshot("procedure-version-1");
    }

    @Test
    @Order(4)
    void adminConfirmsNextYearsHolidayCalendarProposedFromTheLunarCalendar() {
        browser().go("admin/calendar.xhtml");
        int year = java.time.LocalDate.now().getYear() + 1;
        assertThat(browser().text("calendar:year")).contains(String.valueOf(year));
        browser().press("calendar:propose");
        browser().waitForText("Đã đề xuất lịch năm " + year);
        assertThat(browser().pageText())
                .contains("Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Quốc khánh (2/9)", "Tết Dương lịch");
        // An officer adds the government's swap: a Saturday worked in exchange for a day off.
        java.time.LocalDate saturday = java.time.LocalDate.of(year, 1, 1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.SATURDAY))
                .plusWeeks(1);
        browser()
                .script(
                        "PF('widget_calendar_newDate').setDate(new Date(arguments[0], 0, arguments[1]))",
                        year,
                        saturday.getDayOfMonth());
        browser().script("PF('widget_calendar_newKind').selectValue('WORKING_DAY')");
        browser().type("calendar:newName", "Làm bù cho ngày nghỉ Tết");
        browser().press("calendar:add");
        browser().waitForText("Làm bù cho ngày nghỉ Tết");
        browser().press("calendar:confirm");
        browser().waitForText("Đã xác nhận lịch làm việc năm " + year);
        assertThat(browser().present("calendar:propose"))
                .as("a confirmed year is not proposed again")
                .isFalse();
        browser().screenshot("calendar");
    }

    /** What an input shows (read-only inputs too, whose values are not page text). */
    private String value(String id) {
        return browser().visible(id).getAttribute("value");
    }

    private void tab(String tabId) {
        browser()
                .script(
                        "var tv = PF('widget_editor_tabs'); var i = Array.from(tv.headerContainer)"
                                + ".findIndex(h => h.querySelector('a').getAttribute('href') === '#editor:tabs:' + arguments[0]);"
                                + " tv.select(i);",
                        tabId);
        browser().settle();
    }

    private void typeNumber(String id, String value) {
        browser()
                .script(
                        "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                        "widget_" + id.replace(':', '_'),
                        value);
        browser().settle();
    }
}
