package vn.motcua.platform.security.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The response headers every answer of the portal carries, set before anything else runs (declared first in
 * web.xml, also on forwards and error dispatches) and set again if a handler resets the response (OmniFaces does,
 * to render an error page):
 *
 * <ul>
 *   <li>{@code Content-Security-Policy} with what holds for any response: no framing by another site, no
 *       {@code <base>}, forms post only to us, no plugins. The full policy of a page (scripts by nonce only) is
 *       PrimeFaces' own ({@code primefaces.CSP_POLICY} in web.xml); a browser enforces both headers.
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (dossier codes in URLs never
 *       leave the site), {@code X-Frame-Options} for browsers without {@code frame-ancestors}.
 *   <li>{@code SameSite=Lax} on the session cookie: Payara 6 ignores web.xml's cookie attribute, so the cookie the
 *       container writes when a session starts is completed here, at once (the response is not committed yet).
 *   <li>{@code Cache-Control: no-store} on every page and answer except static resources: a shared computer's
 *       back button or cache never shows an officer's screen after logout.
 *   <li>With {@code motcua.security.https-only=true} (the production profile with TLS, see server-config): a plain
 *       HTTP request is redirected to HTTPS ({@code motcua.security.https-port}, default 443) and secure answers
 *       carry {@code Strict-Transport-Security}. Off where Payara has no TLS listener: behind a TLS proxy the proxy
 *       does both.
 * </ul>
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The part of the policy that holds for every answer, pages included (PrimeFaces adds scripts by nonce). */
    public static final String BASE_POLICY =
            "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private boolean httpsOnly;
    private int httpsPort;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        var settings = ConfigProvider.getConfig();
        httpsOnly = settings.getOptionalValue("motcua.security.https-only", Boolean.class)
                .orElse(false);
        httpsPort = settings.getOptionalValue("motcua.security.https-port", Integer.class)
                .orElse(443);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (httpsOnly && !request.isSecure()) {
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", httpsUrl(request, httpsPort));
            return;
        }
        boolean cacheable = isStaticResource(
                request.getRequestURI().substring(request.getContextPath().length()));
        boolean secure = httpsOnly && request.isSecure();
        apply(response, cacheable, secure);
        chain.doFilter(new SameSiteSession(request, response), new Reapplying(response, cacheable, secure));
    }

    /** Adds {@code SameSite=Lax} to the session cookies of a response that lack a SameSite attribute. */
    static void completeSessionCookies(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(SecurityHeaders::lacksSameSite)) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String value = lacksSameSite(cookie) ? cookie + "; SameSite=Lax" : cookie;
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    static boolean lacksSameSite(String cookie) {
        return cookie.startsWith("JSESSIONID=")
                && !cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=");
    }

    static void apply(HttpServletResponse response, boolean cacheable, boolean secure) {
        response.setHeader("Content-Security-Policy", BASE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!cacheable) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** The same address over HTTPS: host as the client asked for it, the configured port, path and query. */
    static String httpsUrl(HttpServletRequest request, int port) {
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String query = request.getQueryString();
        return "https://" + host + (port == 443 ? "" : ":" + port) + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }

    /** Faces resources and the portal's stylesheet and images: the same for everyone, cached by the browser. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/javax.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    /** Completes the session cookie the moment the container creates a session for this request. */
    private static final class SameSiteSession extends HttpServletRequestWrapper {
        private final HttpServletResponse response;

        SameSiteSession(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.isNew()) {
                completeSessionCookies(response);
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            completeSessionCookies(response);
            return id;
        }
    }

    /** Puts the headers back after {@code reset()}, which clears them with the buffer. */
    private static final class Reapplying extends HttpServletResponseWrapper {
        private final boolean cacheable;
        private final boolean secure;

        Reapplying(HttpServletResponse response, boolean cacheable, boolean secure) {
            super(response);
            this.cacheable = cacheable;
            this.secure = secure;
        }

        @Override
        public void reset() {
            super.reset();
            apply(this, cacheable, secure);
        }
    }
}
