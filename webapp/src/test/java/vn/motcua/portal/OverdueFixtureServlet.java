package vn.motcua.portal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDateTime;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.reporting.control.ReportFacts;

/**
 * Test deployments only: makes a dossier received today overdue (its due moment set to an hour ago, by hand, as no
 * test can wait for a real deadline) and brings its report facts up to date. {@code POST ?id=…}.
 */
@WebServlet("/test-fixtures/overdue")
public class OverdueFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Overdue overdue;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        overdue.make(Long.parseLong(request.getParameter("id")));
        response.setContentType("text/plain");
        response.getWriter().write("ok");
    }

    /** The transactional part. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Overdue {
        @PersistenceContext
        EntityManager em;

        @Inject
        ReportFacts facts;

        @Transactional
        public void make(long id) {
            LocalDateTime anHourAgo = LocalDateTime.now().minusHours(1);
            em.createNativeQuery("update dossier set due_at = ?1, original_due_at = ?1 where id = ?2")
                    .setParameter(1, anHourAgo)
                    .setParameter(2, id)
                    .executeUpdate();
            em.flush();
            em.clear();
            facts.refresh(em.find(Dossier.class, id), LocalDateTime.now());
        }
    }

    /** Client side. */
    public static void make(java.net.URL portal, String id) {
        try {
            var uri = java.net.URI.create(
                    portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/overdue?id=" + id);
            var reply = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
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
