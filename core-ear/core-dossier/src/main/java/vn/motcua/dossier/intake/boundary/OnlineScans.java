package vn.motcua.dossier.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDateTime;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.intake.control.OnlineQuota;
import vn.motcua.spi.DomainException;

/**
 * The scans of an online submission before it is sent: stored as they are chosen (checked by content and size),
 * counted against the client's hourly quota, held by the form as pending and handed to {@link OnlineSubmission#submit}
 * with the dossier. No login, no permission, like the submission.
 */
@ApplicationScoped
public class OnlineScans {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    OnlineQuota quota;

    /** {@link #hold(String, InputStream, long, String)} of an upload whose size is not known beforehand. */
    public DocumentStore.Stored hold(String fileName, InputStream content, String clientKey) {
        return hold(fileName, content, 0, clientKey);
    }

    /**
     * Checks and stores a scan before the dossier exists, and counts its bytes against the client's quota; the caller
     * keeps it as pending. An upload whose declared size does not fit what is left (or any upload of a client with
     * nothing left) is refused before a byte is read; one that turns out bigger and takes the client over its limit
     * is refused and its bytes are deleted at once.
     *
     * @param declaredBytes the size the browser announced (PrimeFaces' {@code UploadedFile.getSize()}), 0 if unknown
     * @param clientKey who uploads ({@link vn.motcua.platform.security.control.Clients#keyOf})
     * @throws DomainException {@value OnlineQuota#UPLOADS} over the quota, or the store's refusals
     */
    public DocumentStore.Stored hold(String fileName, InputStream content, long declaredBytes, String clientKey) {
        quota.checkUploadRoom(clientKey, fileName, declaredBytes, LocalDateTime.now());
        DocumentStore.Stored stored = store.store(fileName, content);
        boolean counted = false;
        try {
            quota.countUpload(clientKey, stored.fileName(), stored.size(), LocalDateTime.now());
            counted = true;
        } finally {
            if (!counted) {
                store.delete(stored.key());
            }
        }
        return stored;
    }

    /** Takes back a pending scan: its bytes go, unless a dossier already refers to them. */
    @Transactional
    public void release(String storageKey) {
        long referring = em.createQuery("select count(f) from DossierFile f where f.storageKey = :key", Long.class)
                .setParameter("key", storageKey)
                .getSingleResult();
        if (referring == 0) {
            store.delete(storageKey);
        }
    }

    public long maxFileBytes() {
        return store.maxBytes();
    }
}
