package vn.motcua.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.audit.boundary.AuditLog;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.audit.entity.AuditEvent;

/**
 * The audit trail is append-only (issue 12): no screen or API edits or deletes a row. Its entity has no setter and
 * no updatable column, its two boundaries only append and read, and no source of the repository (Java, SQL
 * migrations, pages) holds an UPDATE or DELETE of the table.
 */
class AuditTrailAppendOnlyTest {

    private static final Pattern CHANGES_THE_TRAIL = Pattern.compile(
            "(?i)\\b(delete\\s+from|update|truncate\\s+table|drop\\s+table)\\s+(audit_event|AuditEvent)\\b");

    @Test
    void anEventCannotBeChangedOnceWritten() {
        assertThat(Arrays.stream(AuditEvent.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        for (Field field : AuditEvent.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            assertThat(column).as("%s is a column", field.getName()).isNotNull();
            assertThat(column.updatable())
                    .as("%s is never updated", field.getName())
                    .isFalse();
        }
    }

    @Test
    void theBoundariesOnlyAppendAndRead() {
        assertThat(publicMethods(AuditTrail.class)).containsExactlyInAnyOrder("record", "recordFor");
        assertThat(publicMethods(AuditLog.class)).containsExactlyInAnyOrder("page", "actions");
    }

    @Test
    void noSourceOfTheRepositoryUpdatesOrDeletesTheTrail() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent().getParent();
        assertThat(repository.resolve("sql/core"))
                .as("run from core-ear/core-platform")
                .isDirectory();
        List<String> offending;
        try (Stream<Path> files = Files.walk(repository)) {
            offending = files.filter(Files::isRegularFile)
                    .filter(AuditTrailAppendOnlyTest::isSource)
                    .filter(file -> CHANGES_THE_TRAIL.matcher(read(file)).find())
                    .map(file -> repository.relativize(file).toString())
                    .toList();
        }
        assertThat(offending).isEmpty();
    }

    private static boolean isSource(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        boolean kind = name.endsWith(".java") || name.endsWith(".sql") || name.endsWith(".xhtml");
        boolean place = path.contains("/src/main/") || path.contains("/sql/");
        return kind && place && !path.contains("/target/") && !path.contains("/.motcua/") && !path.contains("/.git/");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .toList();
    }
}
