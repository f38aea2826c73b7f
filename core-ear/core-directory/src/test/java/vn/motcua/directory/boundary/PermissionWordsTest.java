package vn.motcua.directory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every core permission the roles screen offers has its words in Vietnamese and English, and each group a name. */
class PermissionWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyCorePermissionAndGroupHasItsWords(String language) throws IOException {
        Properties messages = messages(language);
        PermissionWords.CORE.forEach((group, permissions) -> {
            assertThat(messages.getProperty(group)).as(group).isNotBlank();
            permissions.forEach(permission -> assertThat(messages.getProperty(PermissionWords.coreKey(permission)))
                    .as("%s in %s", permission, language)
                    .isNotBlank()
                    .doesNotContain(permission.contains(":") ? permission : "::"));
        });
        assertThat(messages.getProperty("directory.permission.plugin.all")).contains("{0}");
    }

    @Test
    void aWildcardIsWrittenAllInItsKey() {
        assertThat(PermissionWords.coreKey("*")).isEqualTo("directory.permission.all");
        assertThat(PermissionWords.coreKey("dossier:template:*"))
                .isEqualTo("directory.permission.dossier.template.all");
        assertThat(PermissionWords.coreKey("scope:all")).isEqualTo("directory.permission.scope.all");
        assertThat(PermissionWords.CORE.values().stream().flatMap(java.util.List::stream))
                .as("each permission offered once")
                .doesNotHaveDuplicates()
                .contains("dossier:receive", "catalog:calendar:edit", "directory:role:edit", "plugin:enable");
    }

    private static Properties messages(String language) throws IOException {
        var properties = new Properties();
        try (var in = PermissionWordsTest.class.getResourceAsStream(
                "/META-INF/motcua/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
