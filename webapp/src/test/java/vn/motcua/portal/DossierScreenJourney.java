package vn.motcua.portal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.testkit.PortalPageTest;

/**
 * A dossier's journey through the back office in a real browser: the dossier received through the dossier fixture,
 * each step by an officer of the Department of Information and Communications (110) made by the officer fixture.
 */
abstract class DossierScreenJourney extends PortalPageTest {

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    /** Signs in an officer of department 110 with the role (created, or given a new password, by the fixture). */
    protected void signIn(String username, String role) {
        browser().logIn(username, FixtureServlet.officer(portal, username, role, 110));
    }
}
