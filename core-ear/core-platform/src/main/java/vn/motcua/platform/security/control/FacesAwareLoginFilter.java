package vn.motcua.platform.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends a visitor who is not logged in to the login page, remembering where they were going. The login page itself
 * is a Faces page that logs in programmatically. An Ajax request (say, after the session expired) cannot follow an
 * HTTP redirect, so it gets a Faces partial-response redirect instead.
 *
 * <p>Where the visitor was going is remembered (in a new HTTP session) only when it is worth it: a page other than the
 * home page, asked for with GET. The home page, and a form posted after the session ended, go to the login page
 * without opening a session: an anonymous visitor of the portal's address gets no session.
 */
public class FacesAwareLoginFilter extends PassThruAuthenticationFilter {

    private static final Set<String> HOME = Set.of("", "/", "/index.xhtml");

    @Override
    protected void saveRequestAndRedirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("GET".equalsIgnoreCase(http.getMethod()) && !HOME.contains(WebUtils.getPathWithinApplication(http))) {
            saveRequest(request);
        }
        redirectToLogin(request, response);
    }

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        redirect(request, response, getLoginUrl());
    }

    static void redirect(ServletRequest request, ServletResponse response, String url) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse out = WebUtils.toHttp(response);
            out.setContentType("text/xml");
            out.setCharacterEncoding("UTF-8");
            out.getWriter()
                    .printf(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s%s\"/>"
                                    + "</partial-response>",
                            http.getContextPath(), url);
        } else {
            WebUtils.issueRedirect(request, response, url);
        }
    }
}
