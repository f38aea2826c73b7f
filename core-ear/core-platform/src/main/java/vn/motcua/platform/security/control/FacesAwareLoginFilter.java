package vn.motcua.platform.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends a visitor who is not logged in to the login page, remembering where they were going. The login page itself
 * is a Faces page that logs in programmatically. An Ajax request (say, after the session expired) cannot follow an
 * HTTP redirect, so it gets a Faces partial-response redirect instead.
 */
public class FacesAwareLoginFilter extends PassThruAuthenticationFilter {

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
