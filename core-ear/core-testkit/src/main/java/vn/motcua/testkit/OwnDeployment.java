package vn.motcua.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an IT whose {@code @Deployment} is not the shared one (the portal configured or packaged differently), and
 * says why. {@link OwnDeploymentsLast} runs such classes after all the others, so that the shared deployment is
 * deployed once and each of these costs one deployment of its own; classes of one {@link #group()} run one after the
 * other and so share one deployment of their archive.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnDeployment {

    /** Why the shared deployment does not do, e.g. "a low quota: motcua.online.max-submissions-per-hour=2". */
    String value();

    /**
     * The name of an archive several marked classes name (the same {@code @Deployment} built the same way): they run
     * one after the other, and {@link ReusedDeployments} deploys it once for them. Empty: this class alone.
     */
    String group() default "";
}
