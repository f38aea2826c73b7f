package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every browser test of the portal ({@code *PageIT}) shares: it runs as a client of the deployment its subclass
 * names with a static {@code @Deployment} method (most name the shared one: see {@link ReusedDeployments}), its tests
 * are the steps of one
 * journey in {@code @Order}, and one browser walks the whole journey, so the session carries from step to step. The
 * browser opens at first use and closes after the class's last test.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@ExtendWith(PortalPageTest.ClosesTheBrowser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class PortalPageTest {

    private static final Map<Class<?>, Browser> BROWSERS = new ConcurrentHashMap<>();

    /** The deployed portal, e.g. {@code http://localhost:28080/motcua/}. */
    @ArquillianResource
    protected URL portal;

    /** The browser of this test class. */
    protected Browser browser() {
        return BROWSERS.computeIfAbsent(getClass(), type -> Browser.open(portal));
    }

    // --- the dossier screen (work/dossier.xhtml) and its action dialog, where most journeys go ---

    /** Opens the dossier's screen and waits until it shows. */
    protected void openDossier(String dossierId) {
        browser().go("work/dossier.xhtml?id=" + dossierId);
        browser().waitForText("Quá trình xử lý");
    }

    /** Opens the dossier's screen and checks that it shows the dossier with this code. */
    protected void openDossier(String dossierId, String code) {
        openDossier(dossierId);
        assertThat(browser().text("dossier:code")).isEqualTo(code);
    }

    /** Presses the action's button on the dossier screen and waits for its dialog. */
    protected void act(String action) {
        browser().press("dossier:act_" + action);
        browser().visible("actionForm:confirm");
        browser().settle();
    }

    /** Confirms the action dialog and waits until the screen says the action (by its label) was done. */
    protected void confirm(String label) {
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"" + label + "\"");
        browser().settle();
    }

    /** Closes the browser of a test class after its last test. */
    static final class ClosesTheBrowser implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            Browser browser = BROWSERS.remove(context.getRequiredTestClass());
            if (browser != null) {
                browser.close();
            }
        }
    }
}
