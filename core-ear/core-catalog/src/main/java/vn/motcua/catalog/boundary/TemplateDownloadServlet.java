package vn.motcua.catalog.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.motcua.catalog.entity.StoredFile;

/**
 * Serves a procedure's form template at {@code /public/template/<id>}: public, like the catalog itself, cached by
 * its SHA-256 (a stored file never changes), always as an attachment.
 */
@WebServlet("/public/template/*")
public class TemplateDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TemplateFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = files.find(id).orElse(null);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = '"' + file.getSha256() + '"';
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.getOutputStream().write(file.getContent());
    }
}
