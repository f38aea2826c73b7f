package vn.motcua.portal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.DossierFile;

/**
 * Test deployments of {@link CounterReceivePageIT} only: what the database and the document store hold for an
 * applicant, as {@code dossiers=<n> files=<n> intact=<n>} (intact: stored bytes present with the recorded SHA-256).
 */
@WebServlet("/test-fixtures/dossiers")
public class CounterFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @PersistenceContext
    transient EntityManager em;

    @Inject
    transient DocumentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idNumber = request.getParameter("idNumber");
        long dossiers = em.createQuery("select count(d) from Dossier d where d.applicant.idNumber = :n", Long.class)
                .setParameter("n", idNumber)
                .getSingleResult();
        var files = em.createQuery(
                        "select f from DossierFile f where f.dossier.applicant.idNumber = :n", DossierFile.class)
                .setParameter("n", idNumber)
                .getResultList();
        long intact = files.stream().filter(this::intact).count();
        response.setContentType("text/plain");
        response.getWriter().write("dossiers=" + dossiers + " files=" + files.size() + " intact=" + intact);
    }

    private boolean intact(DossierFile file) {
        try {
            byte[] bytes = Files.readAllBytes(store.locate(file.getStorageKey()));
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .equals(file.getSha256());
        } catch (IOException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** Client side: what the fixture reports for an applicant. */
    static String report(java.net.URL portal, String idNumber) {
        try {
            var uri = java.net.URI.create(
                    portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/dossiers?idNumber=" + idNumber);
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
