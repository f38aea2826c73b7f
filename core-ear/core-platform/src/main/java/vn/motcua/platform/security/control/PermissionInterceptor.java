package vn.motcua.platform.security.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Enforces {@link RequiresPermissions} on CDI beans, core and plugin alike, before the transaction starts (its
 * priority is below {@code @Transactional}'s). A method's annotation replaces its class's.
 */
@Interceptor
@RequiresPermissions
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PermissionInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object check(InvocationContext context) throws Exception {
        RequiresPermissions required = context.getMethod().getAnnotation(RequiresPermissions.class);
        if (required == null) {
            required = context.getMethod().getDeclaringClass().getAnnotation(RequiresPermissions.class);
        }
        if (required == null && context.getTarget() != null) {
            required = context.getTarget().getClass().getAnnotation(RequiresPermissions.class);
        }
        Subject subject = subject();
        if (subject == null || !subject.isAuthenticated()) {
            throw new NotAuthenticatedException();
        }
        if (required != null) {
            for (String permission : required.value()) {
                if (!subject.isPermitted(permission)) {
                    throw new NotAuthorizedException(permission);
                }
            }
        }
        return context.proceed();
    }

    private static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException outsideARequest) {
            return null;
        }
    }
}
