package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.testkit.Deployments;
import vn.motcua.testkit.PortalPageTest;

/**
 * A dossier's journey through the back office in a real browser: the dossier received through the dossier fixture,
 * each step by an officer of the Department of Information and Communications (110) made by the officer fixture, on
 * the dossier screen (work/dossier.xhtml) and its action dialog.
 */
abstract class DossierScreenJourney extends PortalPageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal()
                .withClasses(FixtureServlet.class, DossierFixtureServlet.class, TestOfficers.class, TestDossiers.class)
                .withConfig(FixtureServlet.PUBLIC_PATHS)
                .build();
    }

    /** Signs in an officer of department 110 with the role (created, or given a new password, by the fixture). */
    protected void signIn(String username, String role) {
        browser().logIn(username, FixtureServlet.officer(portal, username, role, 110));
    }

    protected void openDossier(String dossierId, String code) {
        browser().go("work/dossier.xhtml?id=" + dossierId);
        browser().waitForText("Quá trình xử lý");
        assertThat(browser().text("dossier:code")).isEqualTo(code);
    }

    /** Presses the action's button and waits for its dialog. */
    protected void act(String action) {
        browser().press("dossier:act_" + action);
        browser().visible("actionForm:confirm");
        browser().settle();
    }

    /** Confirms the dialog and waits until the screen says the action (by its label) was done. */
    protected void confirm(String label) {
        browser().press("actionForm:confirm");
        browser().waitForText("Đã thực hiện \"" + label + "\"");
        browser().settle();
    }
}
