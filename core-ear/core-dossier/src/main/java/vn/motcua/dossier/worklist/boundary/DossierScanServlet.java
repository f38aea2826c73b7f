package vn.motcua.dossier.worklist.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * Serves a dossier's scan, {@code /work/scan?dossier=<id>&file=<id>}, inline (PDF or image, as checked by content when
 * it was stored) with the name it was uploaded under; nothing is cached (personal data). Rules: {@link DossierScans}.
 */
@WebServlet("/work/scan")
public class DossierScanServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierScans scans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long dossierId;
        long fileId;
        try {
            dossierId = Long.parseLong(request.getParameter("dossier"));
            fileId = Long.parseLong(request.getParameter("file"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DossierScans.Scan scan;
        try {
            scan = scans.open(dossierId, fileId);
        } catch (NotAuthenticatedException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        } catch (NotAuthorizedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(scan.contentType());
        response.setHeader(
                "Content-Disposition",
                "inline; filename*=UTF-8''"
                        + URLEncoder.encode(scan.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(scan.path()));
        Files.copy(scan.path(), response.getOutputStream());
    }
}
