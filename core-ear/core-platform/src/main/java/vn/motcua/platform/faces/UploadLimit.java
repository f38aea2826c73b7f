package vn.motcua.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.motcua.platform.i18n.Messages;

/**
 * Refuses an upload larger than the Faces servlet's multipart cap (web.xml {@code max-request-size}, given to this
 * filter as {@code max-request-bytes}) before anyone reads it, with a message instead of the general error page. Past
 * the cap the container cannot parse the request at all: not even the view state can be read, so Faces would fail
 * with an exception and the whole page would turn into the error page. Here:
 *
 * <ul>
 *   <li>an Ajax upload (PrimeFaces' {@code p:fileUpload}) gets a partial response that shows the message in the
 *       page's global messages ({@code id="messages"} of both templates); the page stays as it was;
 *   <li>any other form gets 413 with a small page saying the same and a way back.
 * </ul>
 *
 * A request that does not declare its length is left to the container's cap. Uploads under the cap are checked by
 * content and size by the features themselves (e.g. 10 MB per scan).
 */
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private long maxRequestBytes;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        maxRequestBytes = Long.parseLong(config.getInitParameter("max-request-bytes"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong(), maxRequestBytes)) {
            chain.doFilter(request, response);
            return;
        }
        // Vietnamese unless the browser asks for English first (a request without Accept-Language gets the
        // server's default locale from getLocale(), not the portal's language).
        String asked = request.getHeader("Accept-Language");
        Locale locale = asked != null && asked.strip().startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        String message = Messages.text(locale, "error.uploadTooLarge", maxRequestBytes / (1024 * 1024));
        response.setHeader("Connection", "close"); // the rest of the body is never read
        response.setCharacterEncoding("UTF-8");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.getWriter().write(partialResponse(message));
        } else {
            response.setStatus(413);
            response.setContentType("text/html");
            response.getWriter().write(page(message, request.getContextPath() + "/"));
        }
    }

    static boolean tooLarge(String method, String contentType, long contentLength, long maxRequestBytes) {
        return "POST".equalsIgnoreCase(method)
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && contentLength > maxRequestBytes;
    }

    /** Replaces the global messages of the page with the error, as PrimeFaces renders an error message. */
    static String partialResponse(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><update id=\"messages\"><![CDATA["
                + "<div id=\"messages\" class=\"ui-messages ui-widget\" aria-live=\"polite\">"
                + "<div class=\"ui-messages-error ui-corner-all\"><span class=\"ui-messages-error-icon\"></span><ul>"
                + "<li role=\"alert\" aria-atomic=\"true\"><span class=\"ui-messages-error-summary\">" + escape(message)
                + "</span></li></ul></div></div>]]></update></changes></partial-response>";
    }

    static String page(String message, String home) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>413</title></head><body>"
                + "<h1>" + escape(message) + "</h1><p><a href=\"" + escape(home) + "\">Về trang chủ</a></p>"
                + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
