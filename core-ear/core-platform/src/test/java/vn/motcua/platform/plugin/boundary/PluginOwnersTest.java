package vn.motcua.platform.plugin.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.Plugin;

/** Who asks for a plugin-scoped service: the injecting bean's plugin, else the plugin of the JAR of its class. */
class PluginOwnersTest {

    /** Stands for a class in the licensing plugin's JAR. */
    static final class LicensingClass {}

    /** Stands for a class of the core. */
    static final class CoreClass {}

    private final Function<Class<?>, String> archives =
            type -> Map.<Class<?>, String>of(LicensingClass.class, "licensing").get(type);

    @Test
    void theOwnerIsThePluginQualifierOfTheInjectingBean() {
        assertThat(PluginOwners.owner(
                        bean(CoreClass.class, Default.Literal.INSTANCE, Plugin.Literal.of("social-welfare")),
                        CoreClass.class,
                        archives))
                .isEqualTo("social-welfare");
        assertThat(PluginOwners.owner(
                        bean(CoreClass.class, Default.Literal.INSTANCE, Any.Literal.INSTANCE), null, archives))
                .isNull();
    }

    @Test
    void aBeanWithoutQualifierBelongsToThePluginOfItsJar() {
        assertThat(PluginOwners.owner(bean(LicensingClass.class, Default.Literal.INSTANCE), null, archives))
                .isEqualTo("licensing");
    }

    @Test
    void anInjectionIntoNoBeanBelongsToThePluginOfTheInjectingClass() {
        assertThat(PluginOwners.owner(null, LicensingClass.class, archives))
                .as("a plugin's servlet")
                .isEqualTo("licensing");
        assertThat(PluginOwners.owner(null, CoreClass.class, archives)).isNull();
        assertThat(PluginOwners.owner(null, null, archives))
                .as("no bean, no member: a test class, a non-contextual instance")
                .isNull();
    }

    /** A bean of which only the class and the qualifiers are known. */
    private static Bean<?> bean(Class<?> beanClass, Annotation... qualifiers) {
        return (Bean<?>) Proxy.newProxyInstance(
                Bean.class.getClassLoader(),
                new Class<?>[] {Bean.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQualifiers" -> Set.of(qualifiers);
                    case "getBeanClass" -> beanClass;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
