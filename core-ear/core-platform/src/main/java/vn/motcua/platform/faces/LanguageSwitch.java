package vn.motcua.platform.faces;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The VI/EN switch of the public pages: {@code /public/language?to=en&back=/motcua/public/lookup.xhtml} keeps the
 * choice in a cookie for a year (an anonymous visitor has no session, and gets none) and goes back to the page. Only a
 * path of this portal is followed back, never another site.
 */
@WebServlet("/public/language")
public class LanguageSwitch extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("to")) ? "en" : "vi";
        Cookie cookie = new Cookie(PageLocale.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        response.sendRedirect(back(request.getContextPath(), request.getParameter("back")));
    }

    /** The page to go back to: a path under this portal ({@code contextPath}), else its front page. */
    static String back(String contextPath, String requested) {
        String home = contextPath + "/";
        if (requested == null
                || !requested.startsWith(home)
                || requested.contains("//")
                || requested.contains("\\")
                || requested.chars().anyMatch(c -> c < 0x20)) {
            return home;
        }
        return requested;
    }
}
