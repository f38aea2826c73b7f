package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
 * the exception Arquillian gives) and in the server log. More problems: the unbundled plugin's handler claims the
 * procedure the sample plugin serves, one of its beans has an EL name without the plugin's prefix and one of its
 * entities a table without it.
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
                        .addClasses(
                                UnbundledPlugin.class,
                                UnbundledHandler.class,
                                UnbundledGreeting.class,
                                UnbundledRecord.class,
                                UnbundledTrespasser.class)
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
                .contains("MotCua refuses to start: 7 plugin problem(s)")
                .contains("Plugin 'sample': the id is used by 2 plugins (vn.motcua.plugins.sample.SamplePlugin in"
                        + " plugin-sample.jar and vn.motcua.portal.ImpostorPlugin in plugin-impostor.jar)")
                .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties")
                .contains("Plugin 'unbundled': supports core 0.0.1 up to, not including, 0.1; this core is ")
                .contains("Plugin 'unbundled': procedure 1.004690 is already handled by plugin 'sample'")
                .contains("Plugin 'unbundled': the EL name 'greeting' of vn.motcua.portal.UnbundledGreeting must start"
                        + " with 'unbundled' (the plugin id in camel case), e.g. @Named(\"unbundledGreeting\").")
                .contains("Plugin 'unbundled': the table 'record' of vn.motcua.portal.UnbundledRecord must start with"
                        + " 'unbundled_'")
                .contains(
                        "Plugin 'unbundled': vn.motcua.portal.UnbundledTrespasser in plugin-unbundled.jar is qualified"
                                + " @Plugin(\"sample\"), but a class in a plugin's JAR belongs to that plugin")
                .doesNotContain("Initialization failed for Singleton");
        String log = new String(Files.readAllBytes(serverLog()), StandardCharsets.UTF_8).substring((int) logBefore);
        assertThat(log)
                .contains("MotCua refuses to start")
                .contains("Plugin 'sample': the id is used by 2 plugins")
                .contains("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties")
                .contains("Plugin 'unbundled': procedure 1.004690 is already handled by plugin 'sample'");
    }

    /**
     * What an operator does, as issue 15 met it, and the guide's "deploy a new version of a plugin": the portal runs
     * with version 1 of the sample plugin and a dossier is received; a new EAR with a broken plugin is deployed over it
     * and refused; then the EAR with version 2 of the sample plugin (one more migration) is deployed, on the same
     * running domain, under the same name, without a restart. It boots (plugins checked, schema migrated,
     * PlatformBoot done), the plugin's new migration is applied in its own history, and the dossier received before
     * is still served. Done with {@code asadmin deploy --force=true --name motcua <ear>}, as motcua.sh does: the
     * application name, hence its naming environment on the server, is the same every time.
     */
    @Test
    @Order(2)
    void aNewPluginVersionDeploysAfterARefusedOneOnTheSameDomainWithoutARestart() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "redeploy"));
        Path running = ear(
                folder.resolve("motcua-running.ear"),
                withFixtures(Deployments.portal().withPlugin("plugin-sample.jar", SamplePlugin.class)));
        Path broken = ear(folder.resolve("motcua-broken.ear"), broken());
        Path version2 = ear(
                folder.resolve("motcua-sample-v2.ear"),
                withFixtures(Deployments.portal().withPluginArchive(sampleVersion2())));
        if (Asadmin.run("list-applications").exitCode() != 0) {
            // Run alone, this test may find the domain not started yet by the Arquillian adapter.
            Asadmin.run("start-domain", System.getProperty("payara.domain"));
        }
        try {
            assertThat(deploy(running).exitCode()).isZero();
            assertThat(get("motcua/public/lookup.xhtml").statusCode()).isEqualTo(200);
            assertThat(sampleMigrations()).doesNotContain(VERSION_2_MIGRATION);
            assertThat(sampleVersionShownToTheAdmin()).isEqualTo("2");
            // Demo procedure 1 of Sở TTTT (110), received at its counter 200.
            String[] dossier = DossierFixtureServlet.dossier(
                    URI.create("http://localhost:" + System.getProperty("motcua.http.port") + "/motcua/")
                            .toURL(),
                    "Trần Văn Nâng Cấp",
                    "0019876" + String.format("%05d", System.nanoTime() % 100_000),
                    1,
                    200);

            // As an operator deploys it: Payara's answer repeats the list ("<list> -- <list>"), motcua.sh prints it
            // once.
            Asadmin.Answer refused = scriptDeploy(broken);
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output())
                    // (6 problems in the EAR: its handler's claim is left to the startup check, see test 1's 7)
                    .containsOnlyOnce("MotCua refuses to start: ")
                    .containsOnlyOnce("Plugin 'sample': the id is used by 2 plugins (vn.motcua.plugins.sample"
                            + ".SamplePlugin in plugin-sample.jar and vn.motcua.portal.ImpostorPlugin in"
                            + " plugin-impostor.jar); ids must be unique.")
                    .containsOnlyOnce("Plugin 'unbundled': its JAR has no META-INF/motcua/messages_en.properties")
                    .doesNotContain(" -- ")
                    .contains("ERROR: deployment failed");

            Asadmin.Answer deployed = deploy(version2);
            assertThat(deployed.output())
                    .doesNotContain("Initialization failed for Singleton")
                    .contains("Command deploy executed successfully");
            assertThat(deployed.exitCode()).isZero();
            HttpResponse<String> lookup = get("motcua/public/lookup.xhtml");
            assertThat(lookup.statusCode()).isEqualTo(200);
            assertThat(lookup.body()).contains("Tra cứu");
            assertThat(sampleMigrations())
                    .as("version 2's migration ran, in the plugin's own history, and version 1's did not run again")
                    .containsOnlyOnce("V1__sample_note.sql", "V2__sample_application.sql", VERSION_2_MIGRATION);
            assertThat(sampleVersionShownToTheAdmin())
                    .as("the plugins screen shows the version the plugin's data reached")
                    .isEqualTo("3");
            HttpResponse<String> found = get("motcua/api/v1/lookup?code=" + dossier[1] + "&secret=" + dossier[2]);
            assertThat(found.statusCode())
                    .as("the dossier received under version 1 is served by version 2")
                    .isEqualTo(200);
            assertThat(found.body()).contains(dossier[1]);
        } finally {
            Asadmin.run("undeploy", "motcua");
        }
    }

    private static final String VERSION_2_MIGRATION = "V3__sample_note_topic.sql";

    /** What the admin's plugins screen shows as the sample plugin's data version, logged in as a new admin. */
    private static String sampleVersionShownToTheAdmin() throws Exception {
        URL portal = URI.create("http://localhost:" + System.getProperty("motcua.http.port") + "/motcua/")
                .toURL();
        String admin = "quantri.nangcap" + System.nanoTime() % 1_000_000;
        var client = new PortalClient(portal);
        client.logIn(admin, FixtureServlet.officer(portal, admin, "ADMIN", 100L));
        PortalClient.Answer page = client.get("admin/plugins.xhtml");
        assertThat(page.path()).isEqualTo("/admin/plugins.xhtml");
        Matcher shown = Pattern.compile(
                        ">sample</div>\\s*<div[^>]*>\\s*<span id=\"[^\"]*schemaVersion\"[^>]*>[^<]*?(\\d+)</span>")
                .matcher(page.body());
        assertThat(shown.find())
                .as("the sample plugin's data version on the plugins screen")
                .isTrue();
        return shown.group(1);
    }

    /**
     * Version 2 of the sample plugin, as its developer builds it: the same JAR plus one migration that adds a column
     * (nullable, so that the rows version 1 wrote stay valid).
     */
    private static JavaArchive sampleVersion2() throws Exception {
        Path classes = Path.of(SamplePlugin.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        JavaArchive jar = classes.toFile().isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, "plugin-sample.jar")
                        .importDirectory(classes.toFile())
                        .as(JavaArchive.class)
                : ShrinkWrap.create(ZipImporter.class, "plugin-sample.jar")
                        .importFrom(classes.toFile())
                        .as(JavaArchive.class);
        return jar.addAsResource(
                new StringAsset("ALTER TABLE sample_note ADD topic NVARCHAR(200) NULL;\n"),
                "db/migration/plugins/sample/" + VERSION_2_MIGRATION);
    }

    private static WebArchive withFixtures(Deployments portal) {
        return portal.withClasses(
                        FixtureServlet.class,
                        DossierFixtureServlet.class,
                        TestOfficers.class,
                        Receipts.class,
                        TestDossiers.class)
                .withConfig(FixtureServlet.PUBLIC_PATHS)
                .build();
    }

    /** The scripts in the sample plugin's migration history, read from the test domain's H2 file next to Payara. */
    private static List<String> sampleMigrations() throws Exception {
        Path database = Path.of(
                        System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("payara.domain"))
                .resolve("data/motcua");
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + database + ";AUTO_SERVER=TRUE", "sa", "");
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT \"script\" FROM \"flyway_history_sample\" WHERE \"success\" = TRUE")) {
            var scripts = new ArrayList<String>();
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
            return scripts;
        }
    }

    private static Asadmin.Answer deploy(Path ear) throws IOException, InterruptedException {
        return Asadmin.run("deploy", "--force=true", "--name", "motcua", ear.toString());
    }

    /** {@code server-config/motcua.sh deploy} of the EAR onto the running test domain, as an operator runs it. */
    private static Asadmin.Answer scriptDeploy(Path ear) throws IOException, InterruptedException {
        Path payara = Path.of(System.getProperty("payara.home"));
        var command = new ProcessBuilder(
                        "bash",
                        Path.of(System.getProperty("motcua.root"), "server-config", "motcua.sh")
                                .toString(),
                        "deploy")
                .redirectErrorStream(true);
        command.environment().put("MOTCUA_HOME", payara.getParent().getParent().toString());
        command.environment().put("MOTCUA_DOMAIN", System.getProperty("payara.domain"));
        command.environment().put("MOTCUA_EAR", ear.toString());
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("motcua.sh deploy did not finish");
        }
        System.out.println("motcua.sh deploy answered: " + output);
        return new Asadmin.Answer(process.exitValue(), output);
    }

    /**
     * The portal WAR in an EAR as the build makes it (core-ear/ear): one web module at /motcua. Payara reads an EAR's
     * {@code META-INF/microprofile-config.properties} through the EAR's class loader, which does not see the WAR's
     * {@code WEB-INF/classes}: the test fixtures' public paths go into a library JAR of the EAR.
     */
    private static Path ear(Path file, WebArchive war) {
        ShrinkWrap.create(EnterpriseArchive.class, "motcua.ear")
                .addAsModule(war)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                        .addAsManifestResource(
                                new StringAsset(FixtureServlet.PUBLIC_PATHS + "\n"), "microprofile-config.properties"))
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
