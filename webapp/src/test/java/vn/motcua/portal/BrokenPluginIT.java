package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.testkit.Deployments;

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

    /**
     * What an operator does, as issue 15 met it: the portal runs; a new EAR with a broken plugin is deployed over it
     * and refused; the corrected EAR is deployed next, on the same running domain, under the same name, without a
     * restart — and it boots (plugins checked, schema migrated, PlatformBoot done) and serves its pages. Done with
     * {@code asadmin deploy --force=true --name motcua <ear>}, as motcua.sh does: the application name, hence its
     * folder on the server, is the same every time.
     */
    @Test
    @Order(2)
    @Disabled("Reproduces issue 15 (measured 2026-12-07): after the refused EAR, the corrected EAR fails with"
            + " 'Initialization failed for Singleton PlatformBoot': Payara's EntityManagerWrapper of the new deployment"
            + " gets the refused deployment's closed EntityManagerFactory (PluginClaims.record at PlatformStarted)."
            + " Not fixed yet; enable this test with the fix.")
    void theCorrectedPortalDeploysAfterARefusedOneOnTheSameDomainWithoutARestart() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "redeploy"));
        Path running = ear(
                folder.resolve("motcua-running.ear"),
                Deployments.portal()
                        .withPlugin("plugin-sample.jar", SamplePlugin.class)
                        .build());
        Path broken = ear(folder.resolve("motcua-broken.ear"), broken());
        Path fixed = ear(
                folder.resolve("motcua-fixed.ear"),
                Deployments.portal()
                        .withPlugin("plugin-sample.jar", SamplePlugin.class)
                        .withConfig("motcua.test.build=fixed")
                        .build());
        if (Asadmin.run("list-applications").exitCode() != 0) {
            // Run alone, this test may find the domain not started yet by the Arquillian adapter.
            Asadmin.run("start-domain", System.getProperty("payara.domain"));
        }
        try {
            assertThat(deploy(running).exitCode()).isZero();
            assertThat(get("motcua/public/lookup.xhtml").statusCode()).isEqualTo(200);

            Asadmin.Answer refused = deploy(broken);
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output())
                    .contains("MotCua refuses to start")
                    .contains("plugin-sample.jar and vn.motcua.portal.ImpostorPlugin in plugin-impostor.jar")
                    .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties");

            Asadmin.Answer deployed = deploy(fixed);
            assertThat(deployed.output())
                    .doesNotContain("Initialization failed for Singleton")
                    .contains("Command deploy executed successfully");
            assertThat(deployed.exitCode()).isZero();
            HttpResponse<String> lookup = get("motcua/public/lookup.xhtml");
            assertThat(lookup.statusCode()).isEqualTo(200);
            assertThat(lookup.body()).contains("Tra cứu");
        } finally {
            Asadmin.run("undeploy", "motcua");
        }
    }

    private static Asadmin.Answer deploy(Path ear) throws IOException, InterruptedException {
        return Asadmin.run("deploy", "--force=true", "--name", "motcua", ear.toString());
    }

    /** The portal WAR in an EAR as the build makes it (core-ear/ear): one web module at /motcua. */
    private static Path ear(Path file, WebArchive war) {
        ShrinkWrap.create(EnterpriseArchive.class, "motcua.ear")
                .addAsModule(war)
                .setApplicationXML(new StringAsset("<application xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"10\"><display-name>MotCua</display-name><module><web>"
                        + "<web-uri>motcua.war</web-uri><context-root>/motcua</context-root></web></module>"
                        + "</application>"))
                .as(ZipExporter.class)
                .exportTo(file.toFile(), true);
        return file;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + System.getProperty("motcua.http.port") + "/" + path);
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
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
