package vn.motcua.testkit;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the IT classes (webapp's failsafe configuration names it as JUnit's
 * {@code junit.jupiter.testclass.order.default}): classes by name, those marked {@link OwnDeployment} last, grouped
 * by their {@link OwnDeployment#group()}, so that the classes sharing a deployment follow each other and
 * {@link ReusedDeployments} deploys it once.
 */
public final class OwnDeploymentsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing(OwnDeploymentsLast::marked)
                        .thenComparing(OwnDeploymentsLast::group)
                        .thenComparing(c -> c.getTestClass().getName()));
    }

    private static boolean marked(ClassDescriptor type) {
        return type.isAnnotated(OwnDeployment.class);
    }

    /** The group of a marked class: its own name when it has none (unmarked classes: all in one, ""). */
    private static String group(ClassDescriptor type) {
        return type.findAnnotation(OwnDeployment.class)
                .map(own -> own.group().isEmpty() ? type.getTestClass().getName() : own.group())
                .orElse("");
    }
}
