package vn.motcua.dossier.printing.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * Serves a dossier's printable form, {@code /work/form?dossier=<id>&kind=RECEIPT} (a {@link FormKind} name), inline
 * as PDF for the browser's viewer and printer. Needs {@code dossier:view} and an agency of the dossier in scope
 * ({@link DossierForms#print}); nothing is cached (personal data).
 */
@WebServlet("/work/form")
public class DossierFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierForms forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long dossierId;
        FormKind kind;
        try {
            dossierId = Long.parseLong(request.getParameter("dossier"));
            kind = FormKind.valueOf(request.getParameter("kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            pdf = forms.print(dossierId, kind);
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
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", "inline; filename=\"mau-" + kind.number() + "-" + dossierId + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
