package vn.motcua.portal.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URL;

/**
 * Test deployments only: switches the vehicle-registration plugin off for an agency again after a browser test
 * switched it on through the admin screen, so that the test classes that run later find the demo province as it
 * was (the per-agency switch is data and outlives a deployment).
 */
@WebServlet("/test-fixtures/vehicle-plugin")
public class VehiclePluginFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Switch pluginSwitch;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int removed = pluginSwitch.disable(Long.parseLong(request.getParameter("agency")));
        response.setContentType("text/plain");
        response.getWriter().write(String.valueOf(removed));
    }

    /** Removes the switch row straight from the table (no admin signed in on this thread). */
    @ApplicationScoped
    public static class Switch {

        @PersistenceContext
        EntityManager em;

        @jakarta.inject.Inject
        vn.motcua.directory.control.DirectoryCache directory;

        /** As the admin screen would: the row and the switches' version row in one transaction (DirectoryCache). */
        @Transactional
        public int disable(long agencyId) {
            int removed = em.createQuery("delete from PluginAgency pa where pa.pluginId = :p and pa.agencyId = :a")
                    .setParameter("p", "vehicle-registration")
                    .setParameter("a", agencyId)
                    .executeUpdate();
            directory.changed();
            return removed;
        }
    }

    /** Client side: switches the plugin off for the agency. */
    public static void disable(URL portal, long agencyId) {
        try {
            var uri =
                    java.net.URI.create(portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/vehicle-plugin");
            var reply = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("agency=" + agencyId))
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
