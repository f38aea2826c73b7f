package vn.motcua.portal;

import org.openqa.selenium.By;
import vn.motcua.testkit.Browser;

/** The admin's plugins screen (Tổ chức và cán bộ → Phân hệ chuyên ngành), as a browser test drives it. */
public final class PluginsScreen {

    private PluginsScreen() {}

    /**
     * Opens the screen, presses "Bật cho cơ quan" on the plugin's row, chooses the agency by its label in the dialog
     * and saves: the row's text afterwards (its procedures and the agencies it is on for).
     */
    public static String enable(Browser browser, String plugin, String agency) {
        browser.go("admin/plugins.xhtml");
        browser.waitForText(plugin);
        String enable = browser.driver()
                .findElement(By.xpath(row(plugin) + "//button[contains(@id,':enable')]"))
                .getAttribute("id");
        browser.press(enable);
        browser.visible("enableForm:agency");
        browser.settle();
        browser.choose("enableForm:agency", agency);
        browser.press("enableForm:save");
        browser.settle();
        return browser.driver().findElement(By.xpath(row(plugin))).getText();
    }

    /** The XPath of the plugin's row in the plugins table. */
    public static String row(String plugin) {
        return "//tr[.//div[normalize-space(.)='" + plugin + "']]";
    }
}
