package vn.motcua.platform.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.web.filter.AccessControlFilter;

/**
 * Keeps a user whose password must change (first login, or after an admin reset) on the change-password page
 * until they have changed it. The flag is set in the session at login and cleared by the change.
 */
public class PendingPasswordChangeFilter extends AccessControlFilter {

    public static final String SESSION_FLAG = "motcua.passwordChangeRequired";
    public static final String CHANGE_PAGE = "/change-password.xhtml";

    /** Marks (or unmarks) the current session as having to change its password first. */
    public static void require(boolean required) {
        Session session = SecurityUtils.getSubject().getSession();
        if (required) {
            session.setAttribute(SESSION_FLAG, Boolean.TRUE);
        } else {
            session.removeAttribute(SESSION_FLAG);
        }
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Session session = getSubject(request, response).getSession(false);
        return session == null || session.getAttribute(SESSION_FLAG) == null;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        FacesAwareLoginFilter.redirect(request, response, CHANGE_PAGE);
        return false;
    }
}
