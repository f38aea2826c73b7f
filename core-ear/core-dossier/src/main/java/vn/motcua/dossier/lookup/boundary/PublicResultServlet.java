package vn.motcua.dossier.lookup.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.motcua.dossier.worklist.boundary.DossierScans;
import vn.motcua.platform.security.control.Clients;
import vn.motcua.spi.DomainException;

/**
 * The electronic result for the applicant who chose to receive it so, {@code /public/result?code=…&secret=…}
 * (anonymous, like the lookup it is linked from): the same code + secret check and failure throttle as the lookup
 * ({@link PublicLookup#result}); any refusal is a plain 404 (429 when throttled), never which part was wrong. No
 * session is opened and nothing is cached.
 */
@WebServlet("/public/result")
public class PublicResultServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicLookup lookup;

    @Inject
    transient Clients clients;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DossierScans.Scan result;
        try {
            result =
                    lookup.result(request.getParameter("code"), request.getParameter("secret"), clients.keyOf(request));
        } catch (DomainException e) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(
                    PublicLookup.THROTTLED.equals(e.messageKey())
                            ? 429
                            : PublicLookup.INCOMPLETE.equals(e.messageKey())
                                    ? HttpServletResponse.SC_BAD_REQUEST
                                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(result.contentType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(result.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(result.path()));
        Files.copy(result.path(), response.getOutputStream());
    }
}
