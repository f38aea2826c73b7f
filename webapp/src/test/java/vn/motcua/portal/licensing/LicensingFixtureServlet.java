package vn.motcua.portal.licensing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.portal.TestOfficers;

/**
 * Test deployments only: switches the licensing plugin off for an agency (as a provincial admin, through the real
 * facade), so a browser test that enabled it on screen leaves the shared test database as it found it.
 */
@WebServlet("/test-fixtures/licensing")
public class LicensingFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TestOfficers officers;

    @Inject
    transient PluginSwitches switches;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long agency = Long.parseLong(request.getParameter("agency"));
        String password = officers.create("quantri.fixture.licensing", "ADMIN", 100L);
        var subject = SecurityUtils.getSubject();
        subject.login(new UsernamePasswordToken("quantri.fixture.licensing", password));
        try {
            switches.disable(LicensingPlugin.ID, agency);
        } finally {
            subject.logout();
        }
        response.setContentType("text/plain");
        response.getWriter().write("disabled");
    }

    /** Client side: switches the plugin off for the agency. */
    public static void disable(java.net.URL portal, long agency) {
        try {
            var uri = java.net.URI.create(portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/licensing");
            var reply = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("agency=" + agency))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("fixture answered " + reply.statusCode() + ": " + reply.body());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
