package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.testkit.Deployments;
import vn.motcua.testkit.OwnDeployment;

/**
 * A deliberately broken plugin is refused at deployment, with a message that names the plugin and the problem: here
 * one plugin claims the id of another ("sample") and one ships no English messages. The portal is not deployed at
 * all (nothing half-started); the reasons are in the deploy command's answer (what {@code asadmin deploy} prints, and
 * the exception Arquillian gives) and in the server log. A third problem: the unbundled plugin's handler claims the
 * procedure the sample plugin serves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnDeployment("plugins that must stop the deployment, deployed by the test itself")
class BrokenPluginIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "broken", managed = false, testable = false)
    static WebArchive broken() {
        return Deployments.portal()
                .withPlugin("plugin-sample.jar", SamplePlugin.class)
                .withPluginArchive(ShrinkWrap.create(JavaArchive.class, "plugin-impostor.jar")
                        .addClass(ImpostorPlugin.class)
                        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                        .addAsManifestResource(
                                new StringAsset("impostor.title=Mạo danh\n"), "motcua/messages_vi.properties")
                        .addAsManifestResource(
                                new StringAsset("impostor.title=Impostor\n"), "motcua/messages_en.properties"))
                .withPluginArchive(ShrinkWrap.create(JavaArchive.class, "plugin-unbundled.jar")
                        .addClasses(UnbundledPlugin.class, UnbundledHandler.class)
                        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                        .addAsManifestResource(
                                new StringAsset("unbundled.title=Thiếu tiếng Anh\n"), "motcua/messages_vi.properties"))
                .build();
    }

    @Test
    @Order(1)
    void brokenPluginsStopTheDeploymentAndTheDeployAnswerNamesEachPluginAndProblem() throws IOException {
        long logBefore = Files.size(serverLog());
        Throwable refused = catchThrowable(() -> deployer.deploy("broken"));
        assertThat(refused).isNotNull();
        String answer = messages(refused);
        System.out.println("Deploy answer of the broken portal: " + answer);
        assertThat(answer)
                .contains("MotCua refuses to start: 3 plugin problem(s)")
                .contains("Plugin 'sample': the id is used by 2 plugins (vn.motcua.plugins.sample.SamplePlugin in"
                        + " plugin-sample.jar and vn.motcua.portal.ImpostorPlugin in plugin-impostor.jar)")
                .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties")
                .contains("Plugin 'unbundled': procedure 1.004690 is already handled by plugin 'sample'")
                .doesNotContain("Initialization failed for Singleton");
        String log = new String(Files.readAllBytes(serverLog()), StandardCharsets.UTF_8).substring((int) logBefore);
        assertThat(log)
                .contains("MotCua refuses to start")
                .contains("Plugin 'sample': the id is used by 2 plugins")
                .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties")
                .contains("Plugin 'unbundled': procedure 1.004690 is already handled by plugin 'sample'");
    }

    /** What the deploy command answered: the messages of the exception Arquillian throws and its causes. */
    private static String messages(Throwable refused) {
        var text = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("payara.domain"))
                .resolve("logs/server.log");
    }
}
