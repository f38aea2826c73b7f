package vn.motcua.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: creates an officer with a role in an agency and answers their random password, so a browser
 * test can log in as a catalog admin or a counter officer without going through the admin's first-login journey.
 */
@WebServlet("/test-fixtures/officer")
public class FixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The public path a deployment must open for this servlet (with Arquillian's own runner paths). */
    public static final String PUBLIC_PATHS = "motcua.security.public-paths=/ArquillianServletRunnerEE9,"
            + "/ArquillianServletRunnerEE9/*,/ArquillianServletRunner,/ArquillianServletRunner/*,/test-fixtures/*";

    @Inject
    transient TestOfficers officers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String password = officers.create(
                request.getParameter("username"),
                request.getParameter("role"),
                Long.parseLong(request.getParameter("agency")));
        response.setContentType("text/plain");
        response.getWriter().write(password);
    }

    /** Client side: asks the deployed fixture for an officer and returns the password. */
    public static String officer(java.net.URL portal, String username, String role, long agency) {
        try {
            var uri = java.net.URI.create(portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/officer");
            var body = "username=" + username + "&role=" + role + "&agency=" + agency;
            var reply = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("fixture answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
