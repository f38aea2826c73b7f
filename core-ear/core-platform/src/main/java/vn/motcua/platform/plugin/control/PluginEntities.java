package vn.motcua.platform.plugin.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.motcua.platform.plugin.control.PluginNames.DeclaredEntity;

/**
 * The JPA entities an archive (a plugin's or a core module's JAR, or a classes folder) declares: its classes annotated
 * {@link Entity}, with their entity name and table. Read from the archive, since entities are not CDI beans and a
 * plugin's bean archive ({@code bean-discovery-mode="annotated"}) does not announce them. Only classes whose bytes name
 * the annotation are loaded, without being initialised; one that cannot be loaded is skipped (it cannot be an entity
 * the persistence unit uses either).
 */
final class PluginEntities {

    private static final Logger LOG = Logger.getLogger(PluginEntities.class.getName());
    private static final byte[] ENTITY = "jakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);

    private PluginEntities() {}

    /** The entities of the archive, as declared by {@code owner} (a plugin id, or null for the core). */
    static List<DeclaredEntity> in(Path archive, String owner, ClassLoader loader) {
        var entities = new ArrayList<DeclaredEntity>();
        try {
            for (String name : entityCandidates(archive)) {
                Class<?> type = load(name, loader);
                Entity entity = type == null ? null : type.getAnnotation(Entity.class);
                if (entity != null) {
                    String entityName = entity.name().isEmpty() ? type.getSimpleName() : entity.name();
                    Table table = type.getAnnotation(Table.class);
                    String tableName = table == null || table.name().isEmpty() ? entityName : table.name();
                    entities.add(new DeclaredEntity(owner, type.getName(), entityName, tableName));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "The entities of " + archive + " cannot be listed: " + e);
        }
        return entities;
    }

    /** Class names whose class file mentions {@code @Entity}. */
    private static List<String> entityCandidates(Path archive) throws IOException {
        var names = new ArrayList<String>();
        if (Files.isDirectory(archive)) {
            try (Stream<Path> files = Files.walk(archive)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    if (mentionsEntity(Files.readAllBytes(file))) {
                        names.add(className(archive.relativize(file).toString()));
                    }
                }
            }
        } else if (Files.isRegularFile(archive)) {
            try (JarFile jar = new JarFile(archive.toFile())) {
                for (JarEntry entry : jar.stream().toList()) {
                    if (entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            if (mentionsEntity(in.readAllBytes())) {
                                names.add(className(entry.getName()));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    private static boolean mentionsEntity(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - ENTITY.length; i++) {
            for (int j = 0; j < ENTITY.length; j++) {
                if (bytes[i + j] != ENTITY[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length())
                .replace('/', '.')
                .replace('\\', '.');
    }

    private static Class<?> load(String name, ClassLoader loader) {
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
            return null;
        }
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
