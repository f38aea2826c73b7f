package vn.motcua.plugins.licensing;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.testkit.Deployments;

/**
 * The one deployment this module's integration tests share: the packaged portal with this plugin (the test kit's
 * {@code Deployments.pluginUnderTest()}) and every in-container test class. Built the same for every test class, so
 * the test kit deploys it once for all of them instead of once per class (the portal's deployment is the slow part
 * of these tests). A new in-container IT is added to {@link #portal()}; a page test names this deployment as it is.
 */
final class LicensingTestDeployment {

    private LicensingTestDeployment() {}

    static WebArchive portal() {
        return Deployments.pluginUnderTest()
                .withClasses(LicensingPortalIT.class)
                .build();
    }
}
