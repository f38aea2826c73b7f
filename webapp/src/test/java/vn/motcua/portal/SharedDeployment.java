package vn.motcua.portal;

import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.testkit.Deployments;

/**
 * The one test deployment most ITs share: the packaged portal as it ships (its plugins, no test plugin) with AssertJ,
 * every fixture servlet and fixture bean, and every in-container IT class that uses it, with the fixtures' paths
 * public. Built the same for every class, so the test kit's {@code ReusedDeployments} deploys it once for all the
 * classes that name it in a row instead of once per class (see webapp/README.md, "Integration tests").
 *
 * <p>A new IT names it ({@code @Deployment static WebArchive deployment() { return SharedDeployment.portal(); }}) and,
 * if it runs in the container, is added to {@link #IN_CONTAINER}; a new fixture class is added to {@link #FIXTURES}.
 * The tests of the plugin machinery share {@link #withTestPlugins()}. Only a test that needs the portal configured or
 * packaged differently still (a broken plugin, other limits) builds its own archive with {@link Deployments}, and pays
 * a deployment of its own.
 */
public final class SharedDeployment {

    /** In-container IT classes (the servlet protocol runs them inside the deployment: they must be in it). */
    private static final List<String> IN_CONTAINER = List.of(
            "AccountSecurityIT",
            "DossierFlowIT",
            "DossierLifecycleIT",
            "DossierSearchIT",
            "FormTemplatesIT",
            "OfficerAdministrationIT",
            "OnlineSubmissionIT",
            "ProcedureTransferIT",
            "ReorganisationIT",
            "ReportingIT",
            "licensing.LicensingIT",
            "numbering.ResultNumbersIT",
            "socialwelfare.SocialWelfareIT",
            "vehicle.VehicleRegistrationIT");

    /** Fixture servlets (under /test-fixtures/) and fixture beans the tests call. */
    private static final List<String> FIXTURES = List.of(
            "TestOfficers",
            "Receipts",
            "TestDossiers",
            "TestCatalog",
            "CatalogWorkbookFixture",
            "TransitionRecorder",
            "PortalClient",
            "FixtureServlet",
            "DossierFixtureServlet",
            "CounterFixtureServlet",
            "OverdueFixtureServlet",
            "SecurityFixtureServlet",
            "licensing.LicensingFixtureServlet",
            "numbering.NumberProbe",
            "numbering.LicensingNumberProbe",
            "socialwelfare.NumberingProbe",
            "vehicle.VehicleFixtures",
            "vehicle.VehiclePluginFixtureServlet");

    private SharedDeployment() {}

    public static WebArchive portal() {
        return shared().build();
    }

    /**
     * The shared archive plus the test plugins, for the tests of the plugin machinery (classes marked
     * {@code @OwnDeployment(group = SharedDeployment.TEST_PLUGINS)}, one deployment for all of them): the sample plugin
     * installed (it serves procedure 1.004690, which is an ordinary procedure in {@link #portal()}), and a plugin that
     * is in the WAR but not installed (the "dormant" one, named by {@code motcua.plugins.uninstalled}).
     */
    public static WebArchive withTestPlugins() {
        return shared().withPlugin("plugin-sample.jar", SamplePlugin.class)
                .withPluginArchive(DormantPlugin.archive())
                .withConfig("motcua.plugins.uninstalled=dormant")
                .withClasses(DormantClaims.class, PluginPackagingIT.class, PluginWiringIT.class)
                .build();
    }

    /** The group of the classes that name {@link #withTestPlugins()}. */
    public static final String TEST_PLUGINS = "test plugins";

    private static Deployments shared() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : concat(IN_CONTAINER, FIXTURES)) {
            try {
                classes.add(Class.forName(SharedDeployment.class.getPackageName() + "." + name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("SharedDeployment names a class that is gone: " + name, e);
            }
        }
        return Deployments.portal()
                .withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class)
                .withClasses(classes.toArray(Class<?>[]::new))
                .withConfig(FixtureServlet.PUBLIC_PATHS)
                // every report export is written in the background (ReportingPageIT drives that path; below 5,000
                // lines the shipped portal writes it in the request, which ReportingIT's services cover)
                .withConfig("motcua.reporting.export.background-from=1");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
