package vn.motcua.platform.plugin.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.Plugin;

/**
 * A class belongs to the plugin whose {@code DepartmentPlugin} comes from the same JAR, and its bean gets that plugin's
 * qualifier and {@code @Default}. (Two JARs of the test's class path stand for plugin JARs here.)
 */
class PluginArchivesTest {

    @Test
    void everyClassInTheJarOfAPluginClassIsThatPlugins() {
        var archives = new PluginArchives();
        archives.plugin(org.junit.jupiter.api.Test.class, "licensing");
        assertThat(archives.idOf(org.junit.jupiter.api.Assertions.class))
                .as("the same JAR")
                .isEqualTo("licensing");
        assertThat(archives.idOf(org.assertj.core.api.Assertions.class))
                .as("another JAR")
                .isNull();
        assertThat(archives.idOf(null)).isNull();
    }

    @Test
    void aJarHoldingTwoPluginsIsNeithers() {
        var archives = new PluginArchives();
        archives.plugin(org.junit.jupiter.api.Test.class, "licensing");
        archives.plugin(org.junit.jupiter.api.Assertions.class, "social-welfare");
        assertThat(archives.idOf(org.junit.jupiter.api.Test.class)).isNull();
        archives.plugin(org.assertj.core.api.Assertions.class, "sample");
        archives.plugin(org.assertj.core.api.Assertions.class, "sample");
        assertThat(archives.idOf(org.assertj.core.api.Condition.class)).isEqualTo("sample");
    }

    @Test
    void aPlainBeanGetsThePluginQualifierAndKeepsDefault() {
        assertThat(PluginArchives.qualifiersOf("licensing", Set.of(Any.Literal.INSTANCE, Default.Literal.INSTANCE)))
                .containsExactlyInAnyOrder(
                        Any.Literal.INSTANCE, Default.Literal.INSTANCE, Plugin.Literal.of("licensing"));
        assertThat(PluginArchives.qualifiersOf(
                        "licensing", Set.of(Any.Literal.INSTANCE, Plugin.Literal.of("licensing"))))
                .as("qualified @Plugin(ID) by its author: @Default added, so plain injection finds it")
                .containsExactlyInAnyOrder(
                        Any.Literal.INSTANCE, Default.Literal.INSTANCE, Plugin.Literal.of("licensing"));
        assertThat(PluginArchives.qualifiersOf(
                        "licensing", Set.of(Any.Literal.INSTANCE, Default.Literal.INSTANCE, NamedLiteral.of("view"))))
                .containsExactlyInAnyOrder(
                        Any.Literal.INSTANCE,
                        Default.Literal.INSTANCE,
                        NamedLiteral.of("view"),
                        Plugin.Literal.of("licensing"));
    }

    @Test
    void aBeanWithAQualifierOfItsOwnGetsNoDefault() {
        assertThat(PluginArchives.qualifiersOf("licensing", Set.of(Any.Literal.INSTANCE, new Special())))
                .containsExactlyInAnyOrder(Any.Literal.INSTANCE, new Special(), Plugin.Literal.of("licensing"));
    }

    @Test
    void aClassNamingAnotherPluginIsExplained() {
        assertThat(PluginArchives.foreignQualifier("sample", PluginArchivesTest.class, "licensing"))
                .startsWith("Plugin 'sample': vn.motcua.platform.plugin.control.PluginArchivesTest")
                .contains("@Plugin(\"licensing\")");
    }

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @interface SpecialQualifier {}

    @SuppressWarnings("all")
    static final class Special extends AnnotationLiteral<SpecialQualifier> implements SpecialQualifier {}
}
