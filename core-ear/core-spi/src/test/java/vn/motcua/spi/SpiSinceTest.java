package vn.motcua.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the contract says since which core version it exists ({@code @since} in its Javadoc), so a
 * department's developer knows which core a plugin that uses it needs ({@code DepartmentPlugin.minCoreVersion()}).
 */
class SpiSinceTest {

    private static final Pattern SINCE = Pattern.compile("@since \\d+\\.\\d+\\.\\d+");

    @Test
    void everyPublicTypeOfTheSpiCarriesSince() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .toList();
        }
        assertThat(sources).isNotEmpty();
        assertThat(sources)
                .as("SPI types without @since <major>.<minor>.<patch> in their Javadoc")
                .allSatisfy(source -> assertThat(SINCE.matcher(Files.readString(source, StandardCharsets.UTF_8))
                                .find())
                        .as(source.toString())
                        .isTrue());
    }
}
