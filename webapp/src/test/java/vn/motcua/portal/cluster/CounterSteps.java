package vn.motcua.portal.cluster;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import vn.motcua.testkit.Browser;

/** The counter officer's steps on {@code counter/receive.xhtml} for procedure 1.004690 (demo data). */
final class CounterSteps {

    static final String OFFICER = "tiepnhan.tttt";
    static final String PROCEDURE = "1.004690";

    private CounterSteps() {}

    /** Opens the receive screen, finds no applicant for the number, picks the procedure and ticks its documents. */
    static void startReceipt(Browser browser, String idNumber) {
        browser.go("counter/receive.xhtml");
        browser.waitForText("Tiếp nhận hồ sơ tại quầy");
        browser.type("receive:idNumber", idNumber);
        browser.press("receive:find");
        browser.waitForText("Chưa có người nộp này trong hệ thống");
        browser.choose("receive:procedure", PROCEDURE);
        browser.waitForText("Thành phần hồ sơ");
        for (int i = 0; i < 3; i++) {
            browser.script("PF(arguments[0]).check()", "widget_receive_documents_" + i + "_received");
            browser.settle();
        }
        browser.visible("receive:receive");
    }

    /** Types the applicant and the procedure's own form (typed in the browser only: nothing is sent yet). */
    static void typeApplicantAndForm(Browser browser, String name) {
        browser.type("receive:name", name)
                .type("receive:address", "Số 5 đường Trần Phú, phường Đông Thành")
                .type("receive:phone", "0912 000 111");
        browser.type(id(browser, ":0:ftext"), "Cơ sở in " + name);
        browser.type(id(browser, ":1:ftext"), "Sách, báo, tạp chí");
        browser.script(
                "var w = PF(arguments[0]); w.selectValue('Doanh nghiệp'); w.input.trigger('change');",
                widget(id(browser, ":2:fchoice")));
        for (String[] number : new String[][] {{":3:fnumber", "4"}, {":4:fnumber", "25"}}) {
            browser.script(
                    "var w = PF(arguments[0]); w.setValue(arguments[1]); w.input.trigger('change');",
                    widget(id(browser, number[0])),
                    number[1]);
        }
        browser.settle();
    }

    /** Presses "receive" and returns the dossier code shown. */
    static String receive(Browser browser) {
        browser.press("receive:receive");
        return browser.visible("receive:code").getText();
    }

    /** The instance HAProxy pinned this browser to (its cookie: n1 or n2), or "-" before the first answer. */
    static String node(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("MCNODE");
        return cookie == null ? "-" : cookie.getValue();
    }

    private static String id(Browser browser, String suffix) {
        return browser.driver()
                .findElement(By.cssSelector("#receive\\:form [id$='" + suffix + "']"))
                .getAttribute("id");
    }

    private static String widget(String clientId) {
        return "widget_" + clientId.replace(':', '_');
    }
}
