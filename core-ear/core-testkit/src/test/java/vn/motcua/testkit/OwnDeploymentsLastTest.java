package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;

/** The classes of the shared deployment first, then each group of another archive together, then the others. */
class OwnDeploymentsLastTest {

    static class ZuluIT {}

    static class AlphaIT {}

    @OwnDeployment("low limits")
    static class BravoIT {}

    @OwnDeployment(value = "test plugins", group = "plugins")
    static class CharlieIT {}

    @OwnDeployment(value = "test plugins", group = "plugins")
    static class YankeeIT {}

    @OwnDeployment("a broken plugin")
    static class XrayIT {}

    @Test
    void theSharedOnesRunFirstAndAGroupRunsTogether() {
        List<ClassDescriptor> classes = new ArrayList<>(
                Stream.of(XrayIT.class, YankeeIT.class, ZuluIT.class, BravoIT.class, CharlieIT.class, AlphaIT.class)
                        .map(OwnDeploymentsLastTest::descriptor)
                        .toList());

        new OwnDeploymentsLast().orderClasses(context(classes));

        assertThat(classes)
                .extracting(c -> c.getTestClass().getSimpleName())
                .containsExactly("AlphaIT", "ZuluIT", "CharlieIT", "YankeeIT", "BravoIT", "XrayIT");
    }

    private static ClassOrdererContext context(List<ClassDescriptor> classes) {
        return new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        };
    }

    private static ClassDescriptor descriptor(Class<?> type) {
        return new ClassDescriptor() {
            @Override
            public Class<?> getTestClass() {
                return type;
            }

            @Override
            public String getDisplayName() {
                return type.getSimpleName();
            }

            @Override
            public boolean isAnnotated(Class<? extends Annotation> annotation) {
                return type.isAnnotationPresent(annotation);
            }

            @Override
            public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotation) {
                return Optional.ofNullable(type.getAnnotation(annotation));
            }

            @Override
            public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotation) {
                return List.of(type.getAnnotationsByType(annotation));
            }
        };
    }
}
