package vn.motcua.testkit;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests build what they deploy: the portal WAR exactly as Maven packaged it ({@code motcua.war}), plus
 * the plugins, test classes and configuration a test names. Deployed as {@code motcua.war}, so it answers at
 * {@code /motcua/} like the real portal.
 */
public final class Deployments {

    private static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final String PLUGIN_MARKER = "<!-- plugin jar-files -->";

    private final WebArchive war;
    private final List<String> config = new ArrayList<>();

    private Deployments(WebArchive war) {
        this.war = war;
        // The Arquillian servlet protocol must reach in-container tests without a login.
        config.add("motcua.security.public-paths=/ArquillianServletRunnerEE9,/ArquillianServletRunnerEE9/*,"
                + "/ArquillianServletRunner,/ArquillianServletRunner/*");
    }

    /** Starts from the packaged portal. */
    public static Deployments portal() {
        String path = System.getProperty("motcua.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property motcua.war must name the packaged portal WAR (got " + path
                    + "); run the tests with Maven (mvn verify).");
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, "motcua.war")
                .as(ZipImporter.class)
                .importFrom(new File(path))
                .as(WebArchive.class);
        return new Deployments(war);
    }

    /**
     * For a plugin module's own tests ({@code plugins/<id>}, profile {@code plugin-it} of plugins-parent): the packaged
     * portal plus the plugin this module builds — its {@code target/classes} as {@code WEB-INF/lib/<groupId>.<artifactId>
     * .jar}, in place of the portal's copy if the portal ships that plugin — plus AssertJ for in-container tests and
     * the fixture that {@link PortalFixtures} calls. The profile sets the system properties it reads.
     */
    public static Deployments pluginUnderTest() {
        Deployments deployment = portal();
        String jarName = PluginUnderTest.property("motcua.plugin.jar");
        deployment.war.delete("WEB-INF/lib/" + jarName);
        deployment.war.addAsLibrary(PluginUnderTest.jar(jarName));
        deployment.addToPersistenceUnit(jarName);
        PluginUnderTest.addFixture(deployment.war);
        deployment.config.add("motcua.security.public-paths=/ArquillianServletRunnerEE9,/ArquillianServletRunnerEE9/*,"
                + "/ArquillianServletRunner,/ArquillianServletRunner/*,/testkit/*");
        return deployment.withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class);
    }

    /**
     * Adds the plugin JAR that contains {@code anyPluginClass} (a built JAR, or the module's classes folder when run
     * from the reactor) to WEB-INF/lib and to the persistence unit.
     */
    public Deployments withPlugin(String jarName, Class<?> anyPluginClass) {
        return withLibrary(jarName, anyPluginClass, true);
    }

    /** Adds an extra JAR built by the test itself (e.g. a deliberately broken plugin). */
    public Deployments withPluginArchive(JavaArchive plugin) {
        war.addAsLibrary(plugin);
        addToPersistenceUnit(plugin.getName());
        return this;
    }

    /** Adds the JAR (or classes folder) a library class comes from, e.g. AssertJ for in-container tests. */
    public Deployments withLibraryOf(String jarName, Class<?> anyClass) {
        return withLibrary(jarName, anyClass, false);
    }

    public Deployments withClasses(Class<?>... classes) {
        war.addClasses(classes);
        return this;
    }

    /** A MicroProfile Config entry for this deployment, e.g. {@code motcua.plugins.uninstalled=dormant}. */
    public Deployments withConfig(String keyEqualsValue) {
        config.add(keyEqualsValue);
        return this;
    }

    public WebArchive build() {
        String original = war.contains(CONFIG) ? read(CONFIG) : "";
        war.delete(CONFIG);
        war.add(
                new StringAsset(original + "\n# added by the test deployment\n" + String.join("\n", config) + "\n"),
                CONFIG);
        return war;
    }

    private Deployments withLibrary(String jarName, Class<?> anyClass, boolean inPersistenceUnit) {
        Path location = codeSource(anyClass);
        JavaArchive jar = location.toFile().isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, jarName)
                        .importDirectory(location.toFile())
                        .as(JavaArchive.class)
                : ShrinkWrap.create(ZipImporter.class, jarName)
                        .importFrom(location.toFile())
                        .as(JavaArchive.class);
        war.addAsLibrary(jar);
        if (inPersistenceUnit) {
            addToPersistenceUnit(jarName);
        }
        return this;
    }

    private void addToPersistenceUnit(String jarName) {
        String xml = read(PERSISTENCE_XML);
        if (xml.contains("<jar-file>lib/" + jarName + "</jar-file>")) {
            return; // the portal ships this plugin: its entry is there already
        }
        if (!xml.contains(PLUGIN_MARKER)) {
            throw new IllegalStateException("persistence.xml lost its marker " + PLUGIN_MARKER);
        }
        war.delete(PERSISTENCE_XML);
        war.add(
                new StringAsset(
                        xml.replace(PLUGIN_MARKER, "<jar-file>lib/" + jarName + "</jar-file>\n    " + PLUGIN_MARKER)),
                PERSISTENCE_XML);
    }

    private String read(String path) {
        try (var in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
