package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.PortalFixtures;
import vn.motcua.testkit.PortalPageTest;

/**
 * In a real browser: a counter officer of a department the plugin is enabled for finds the plugin's form for
 * ${procedureCode} at the counter. Runs only with the profile plugin-it, from this folder: plugins/README.md, "A
 * plugin's own tests".
 */
class ${classPrefix}FormPageIT extends PortalPageTest {

    /**
     * The department whose counter the test uses, by its identifier code (mã định danh): a department of the test
     * domain's demo province (Sở Thông tin và Truyền thông). Put your own department's code here once your demo data
     * creates it.
     */
    private static final String DEPARTMENT = "000.00.12.H99";

    /** A counter officer of the department, created by the test. */
    private static final String OFFICER = "tiepnhan." + ${classPrefix}Plugin.ID;

    /**
     * Scrolls the start date into view (for the screenshot) and says whether its picker button stands on the same line
     * as its input, to its right, and inside the screen's width.
     */
    private static final String BUTTON_BESIDE_INPUT = "var c = document.querySelector(\"[id$='StartDate']\");"
            + " c.scrollIntoView({block: 'center'}); var i = c.querySelector('input').getBoundingClientRect();"
            + " var b = c.querySelector('.ui-datepicker-trigger').getBoundingClientRect();"
            + " return b.top < i.bottom && b.left >= i.right - 1 && b.right <= window.innerWidth;";

    /** The deployment this module's integration tests share (deployed once for all of them). */
    @Deployment
    static WebArchive deployment() {
        return ${classPrefix}TestDeployment.portal();
    }

    @Test
    @Order(1)
    void theCounterOfAnEnabledDepartmentShowsThePluginsForm() {
        // What an admin does on the screens (the catalog's procedure, the plugin's switch, an officer), done directly.
        PortalFixtures fixtures = PortalFixtures.of(portal);
        fixtures.procedure("${procedureCode}", "Thủ tục của phân hệ ${pluginId}", DEPARTMENT);
        fixtures.enable(${classPrefix}Plugin.ID, DEPARTMENT);
        String password = fixtures.officer(OFFICER, "COUNTER_OFFICER", DEPARTMENT);
        browser().logIn(OFFICER, password);
        browser().go("counter/receive.xhtml");
        browser().waitForText("Tiếp nhận hồ sơ tại quầy");

        browser().choose("receive:procedure", "${procedureCode}");
        browser().waitForText("Nội dung đề nghị");
        assertThat(browser().pageText()).contains("Số lượng", "Ngày bắt đầu");

        // On an office laptop and on a phone: the date picker's button beside its input, inside the screen.
        for (int[] screen : new int[][] {{1366, 768}, {390, 844}}) {
            browser().viewport(screen[0], screen[1]);
            assertThat(browser().script(BUTTON_BESIDE_INPUT))
                    .as("date button beside its input, inside the screen")
                    .isEqualTo(true);
            browser().screenshot(${classPrefix}Plugin.ID + "-form-" + screen[0]);
        }
    }
}
