package vn.motcua.dossier.printing.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * A form template for the admin screen: {@code /admin/form-template?kind=RECEIPT&as=txt} downloads its text (UTF-8),
 * {@code as=pdf} shows it printed for a made-up dossier. {@code version} picks a stored version, 0 the built-in one;
 * without it, the one in force today. Needs {@code dossier:template:view} ({@link FormTemplates}).
 */
@WebServlet("/admin/form-template")
public class FormTemplateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient FormTemplates templates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FormKind kind;
        Integer version;
        boolean pdf;
        try {
            kind = FormKind.valueOf(request.getParameter("kind"));
            String number = request.getParameter("version");
            version = number == null || number.isBlank() ? null : Integer.valueOf(number);
            pdf = "pdf".equals(request.getParameter("as"));
        } catch (IllegalArgumentException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            if (pdf) {
                byte[] bytes = templates.preview(kind, version);
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"xem-thu-mau-" + kind.number() + ".pdf\"");
                response.setHeader("Cache-Control", "private, no-store");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            } else {
                FormTemplates.TemplateFile file = templates.text(kind, version);
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
                response.setHeader("Cache-Control", "private, no-store");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        } catch (NotAuthenticatedException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (NotAuthorizedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
