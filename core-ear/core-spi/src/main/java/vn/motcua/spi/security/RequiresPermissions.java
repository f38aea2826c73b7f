package vn.motcua.spi.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Guards a boundary method (or every method of a boundary class): the current user must hold all the listed
 * permissions, written as wildcard strings ({@code dossier:approve}, {@code licensing:licence:revoke}).
 *
 * <p>The core enforces it with an interceptor around CDI beans. A caller who is not logged in gets a
 * {@link NotAuthenticatedException}; one without the permission a {@link NotAuthorizedException}. Both carry a
 * message key, and the portal turns them into the login page or a "not allowed" page, never a stack trace.
 * Where an action is allowed (the permission) is separate from which agencies' data it may touch (the agency
 * scope, applied in queries).
 *
 * @since 0.1.0
 */
@Inherited
@Documented
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RequiresPermissions {

    /** The permissions required, all of them. */
    @Nonbinding
    String[] value() default {};
}
