package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testkit.OwnDeployment;
import vn.motcua.testkit.PortalPageTest;

/**
 * A plugin uninstalled by configuration that once claimed a procedure ({@link DormantClaims}: demo procedure 12): the
 * admin's plugins screen lists it as not installed with its procedure and offers no switch for it, and the counter of
 * Sở GTVT does not offer its procedure while it offers the ordinary ones.
 */
@OwnDeployment(value = "the test plugins: sample installed, dormant uninstalled", group = SharedDeployment.TEST_PLUGINS)
class PluginUninstalledPageIT extends PortalPageTest {

    private static final long N = System.nanoTime() % 100_000;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.withTestPlugins();
    }

    @Test
    @Order(1)
    void theAdminSeesTheUninstalledPluginWithItsProceduresAndCannotSwitchIt() {
        browser().logIn("quantri.chuacai" + N, FixtureServlet.officer(portal, "quantri.chuacai" + N, "ADMIN", 100L));
        browser().go("admin/plugins.xhtml");
        browser().waitForText("dormant");
        var row = browser().driver().findElement(By.xpath("//tr[.//div[normalize-space(.)='dormant']]"));
        assertThat(row.getText()).contains("Chưa cài đặt", DormantClaims.DORMANT_PROCEDURE);
        assertThat(row.findElements(By.xpath(".//button[contains(@id,':enable')]")))
                .as("an uninstalled plugin cannot be switched on")
                .isEmpty();
        String licensing = browser()
                .driver()
                .findElement(By.xpath("//tr[.//div[normalize-space(.)='licensing']]"))
                .getText();
        assertThat(licensing).contains("1.004652").doesNotContain("Chưa cài đặt");
        browser().screenshot("plugins-uninstalled");
        browser().logOut();
    }

    @Test
    @Order(2)
    void theCounterDoesNotOfferTheUninstalledPluginsProcedure() {
        browser()
                .logIn(
                        "tiepnhan.chuacai" + N,
                        FixtureServlet.officer(portal, "tiepnhan.chuacai" + N, "COUNTER_OFFICER", 130L));
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");
        assertThat(procedureOptions())
                .anyMatch(o -> o.startsWith("1.001776")) // ordinary procedure 8
                .noneMatch(o -> o.startsWith(DormantClaims.DORMANT_PROCEDURE));
        browser().logOut();
    }

    @SuppressWarnings("unchecked")
    private List<String> procedureOptions() {
        return (List<String>) browser()
                .script("return Array.from(PF('widget_receive_procedure').input[0].options).map(o => o.text);");
    }
}
