package vn.motcua.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What {@link Deployments#pluginUnderTest()} adds to the portal: the module's plugin and the fixture. */
final class PluginUnderTest {

    private static final String FIXTURE = "vn/motcua/testkit/fixture/";

    private PluginUnderTest() {}

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run a plugin's own tests from its"
                    + " folder with Maven and the profile plugin-it (plugins/README.md, \"A plugin's own tests\").");
        }
        return value;
    }

    /** The module's compiled plugin (target/classes) as a JAR. */
    static JavaArchive jar(String jarName) {
        File classes = new File(property("motcua.plugin.classes"));
        if (!new File(classes, "META-INF/motcua/messages_vi.properties").isFile()) {
            throw new IllegalStateException(classes + " holds no compiled plugin (no META-INF/motcua/messages_vi"
                    + ".properties): run mvn verify, not the test alone.");
        }
        return ShrinkWrap.create(ExplodedImporter.class, jarName)
                .importDirectory(classes)
                .as(JavaArchive.class);
    }

    /**
     * Adds the fixture's classes as files under WEB-INF/classes. They are copied, never loaded here: they use the
     * core's classes, which only the portal has.
     */
    static void addFixture(WebArchive war) {
        for (String file : fixtureClassFiles()) {
            war.add(new ClassLoaderAsset(file, PluginUnderTest.class.getClassLoader()), "WEB-INF/classes/" + file);
        }
    }

    private static List<String> fixtureClassFiles() {
        List<String> files = new ArrayList<>();
        try {
            Path source = Path.of(PluginUnderTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> paths = Files.list(source.resolve(FIXTURE))) {
                    paths.map(p -> FIXTURE + p.getFileName())
                            .filter(f -> f.endsWith(".class"))
                            .forEach(files::add);
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(n -> n.startsWith(FIXTURE) && n.endsWith(".class"))
                            .forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the test kit's fixture classes are missing");
        }
        return files;
    }
}
