package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.testkit.Deployments;

/**
 * A deliberately broken plugin is refused at deployment, with a message that names the plugin and the problem: here
 * one plugin claims the id of another ("sample") and one ships no English messages. The portal is not deployed at
 * all (nothing half-started); the reasons are in the deploy command's answer and in the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
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
                        .addClass(UnbundledPlugin.class)
                        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                        .addAsManifestResource(
                                new StringAsset("unbundled.title=Thiếu tiếng Anh\n"), "motcua/messages_vi.properties"))
                .build();
    }

    @Test
    void aPluginWithADuplicateIdOrAMissingBundleStopsTheDeploymentWithAClearMessage() throws IOException {
        long logBefore = Files.size(serverLog());
        assertThatThrownBy(() -> deployer.deploy("broken")).isNotNull();
        String log = new String(Files.readAllBytes(serverLog()), StandardCharsets.UTF_8).substring((int) logBefore);
        assertThat(log)
                .contains("MotCua refuses to start")
                .contains("Plugin 'sample': the id is used by 2 plugins")
                .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties");
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("payara.domain"))
                .resolve("logs/server.log");
    }
}
