package vn.motcua.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: a counter officer receives a dossier at a counter through the real workflow facade
 * ({@link TestDossiers}); answers {@code id;code;secret}. Lets a browser test start where the back office starts.
 * With {@code divisionHead} and {@code processor}, that division head then assigns it to that processing officer (both
 * of the counter's agency, created once); with {@code forward=true} the officer then hands it on to approval.
 */
@WebServlet("/test-fixtures/dossier")
public class DossierFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TestDossiers dossiers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        var received = dossiers.receiveAsCounter(
                request.getParameter("applicant"),
                request.getParameter("idNumber"),
                Long.parseLong(request.getParameter("procedure")),
                Long.parseLong(request.getParameter("counter")));
        String processor = request.getParameter("processor");
        if (processor != null) {
            long agency = dossiers.agencyOfCounter(Long.parseLong(request.getParameter("counter")));
            dossiers.assign(
                    received.id(),
                    agency,
                    request.getParameter("divisionHead"),
                    processor,
                    "true".equals(request.getParameter("forward")));
        }
        response.setContentType("text/plain");
        response.getWriter().write(received.id() + ";" + received.code() + ";" + received.secret());
    }

    /** Client side: asks the deployed fixture to receive a dossier; returns {id, code, lookup secret}. */
    public static String[] dossier(
            java.net.URL portal, String applicant, String idNumber, long procedure, long counter) {
        return dossier(portal, applicant, idNumber, procedure, counter, "");
    }

    /**
     * ... and to have {@code divisionHead} assign it to {@code processor}, who hands it on to approval if
     * {@code forward}.
     */
    public static String[] assigned(
            java.net.URL portal,
            String applicant,
            String idNumber,
            long procedure,
            long counter,
            String divisionHead,
            String processor,
            boolean forward) {
        return dossier(
                portal,
                applicant,
                idNumber,
                procedure,
                counter,
                "&divisionHead=" + divisionHead + "&processor=" + processor + "&forward=" + forward);
    }

    private static String[] dossier(
            java.net.URL portal, String applicant, String idNumber, long procedure, long counter, String more) {
        try {
            var uri = java.net.URI.create(portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/dossier");
            var body = "applicant=" + java.net.URLEncoder.encode(applicant, java.nio.charset.StandardCharsets.UTF_8)
                    + "&idNumber=" + idNumber + "&procedure=" + procedure + "&counter=" + counter + more;
            var reply = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("fixture answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body().split(";");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
