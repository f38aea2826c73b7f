package vn.motcua.dossier.boundary;

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
 * Serves one stored file of a dossier, {@code /work/file?id=<file id>}: a scan or a result document. PDFs and images
 * open in the browser, anything else downloads; nothing is cached (personal data).
 */
@WebServlet("/work/file")
public class DossierFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long fileId;
        try {
            fileId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DossierFiles.Download download;
        try {
            download = files.open(fileId);
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
        boolean inline = download.contentType().equals("application/pdf")
                || download.contentType().startsWith("image/");
        response.setContentType(download.contentType());
        response.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(download.size());
        Files.copy(download.path(), response.getOutputStream());
    }
}
