package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** When the deployed archive may serve the next test class: equal as built, but for the test classes themselves. */
class ReusedDeploymentsTest {

    private static final String THIS_TEST = "/WEB-INF/classes/vn/motcua/testkit/ReusedDeploymentsTest";
    private static final String OTHER_TEST = "/WEB-INF/classes/vn/motcua/testkit/OwnDeploymentsLastTest";

    @Test
    void archivesBuiltAlikeAreEqualWhateverTestClassEachCarries() {
        var deployed = ReusedDeployments.entries(portal("limit=5", "1").addClass(ReusedDeploymentsTest.class));
        var wanted = ReusedDeployments.entries(portal("limit=5", "1").addClass(OwnDeploymentsLastTest.class));

        assertThat(deployed).isNotEqualTo(wanted);
        assertThat(ReusedDeployments.equal(deployed, Set.of(THIS_TEST), wanted, Set.of(OTHER_TEST)))
                .isTrue();
    }

    @Test
    void anotherConfigurationTextIsAnotherArchive() {
        var deployed = ReusedDeployments.entries(portal("limit=5", "1"));
        var wanted = ReusedDeployments.entries(portal("limit=2", "1"));

        assertThat(ReusedDeployments.equal(deployed, Set.of(), wanted, Set.of()))
                .isFalse();
    }

    @Test
    void aLibraryIsComparedEntryByEntry() {
        var deployed = ReusedDeployments.entries(portal("limit=5", "1"));
        var wanted = ReusedDeployments.entries(portal("limit=5", "2"));

        assertThat(deployed)
                .anyMatch(entry -> entry.startsWith("/WEB-INF/lib/plugin.jar!/META-INF/motcua/messages.properties"));
        assertThat(ReusedDeployments.equal(deployed, Set.of(), wanted, Set.of()))
                .isFalse();
    }

    @Test
    void aClassThatIsNoTestClassCounts() {
        var deployed = ReusedDeployments.entries(portal("limit=5", "1").addClass(OwnDeploymentsLastTest.class));
        var wanted = ReusedDeployments.entries(portal("limit=5", "1"));

        assertThat(ReusedDeployments.equal(deployed, Set.of(THIS_TEST), wanted, Set.of(THIS_TEST)))
                .isFalse();
    }

    private static WebArchive portal(String config, String pluginText) {
        JavaArchive plugin = ShrinkWrap.create(JavaArchive.class, "plugin.jar")
                .addAsManifestResource(new StringAsset("title=" + pluginText), "motcua/messages.properties");
        return ShrinkWrap.create(WebArchive.class, "motcua.war")
                .addAsLibrary(plugin)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }
}
