package vn.motcua.plugins.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.PortalFixtures;
import vn.motcua.testkit.PortalPageTest;

/**
 * In a real browser, a counter officer of the Department of Information and Communications (Sở TTTT, enabled for the
 * plugin) finds the plugin's form for a bulletin licence at the counter.
 * Run from this folder: plugins/README.md, "A plugin's own tests".
 */
class LicensingFormPageIT extends PortalPageTest {

    /** Sở Thông tin và Truyền thông of the demo province, the deciding agency of the licensing procedures. */
    private static final String STTTT = "000.00.12.H99";

    /** The deployment this module's integration tests share (deployed once for all of them). */
    @Deployment
    static WebArchive deployment() {
        return LicensingTestDeployment.portal();
    }

    @Test
    @Order(1)
    void theCounterOfAnEnabledDepartmentShowsThePluginsForm() {
        PortalFixtures fixtures = PortalFixtures.of(portal).enable(LicensingPlugin.ID, STTTT);
        String password = fixtures.officer("tiepnhan.lic", "COUNTER_OFFICER", STTTT);
        browser().logIn("tiepnhan.lic", password);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");

        browser().choose("receive:procedure", "1.004652");
        browser().waitForText("Tên ấn phẩm");
        assertThat(browser().pageText()).contains("Mục đích xuất bản", "Kỳ hạn xuất bản");
        browser().screenshot("licensing-form");
    }
}
