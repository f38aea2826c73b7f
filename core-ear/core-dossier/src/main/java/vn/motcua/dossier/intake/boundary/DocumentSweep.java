package vn.motcua.dossier.intake.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.dossier.control.DocumentStore;

/**
 * Every hour, removes stored scans that no dossier refers to and that are older than
 * {@code motcua.uploads.orphan-hours} (24): scans of a receive form that was abandoned, or whose transaction rolled
 * back and was never submitted again. A session lasts 30 minutes, so no open form still holds such a scan. Safe on
 * every server of a cluster at once: a file is deleted only after the database says nothing refers to it.
 */
@Singleton
public class DocumentSweep {
    private static final Logger LOG = Logger.getLogger(DocumentSweep.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "motcua.uploads.orphan-hours", defaultValue = "24")
    int orphanHours;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void sweep() {
        int deleted = store.sweep(this::referenced, Instant.now().minus(Duration.ofHours(orphanHours)));
        if (deleted > 0) {
            LOG.info(() -> "Removed " + deleted + " scanned documents no dossier refers to");
        }
    }

    private boolean referenced(String key) {
        return em.createQuery("select count(f) from DossierFile f where f.storageKey = :key", Long.class)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0;
    }
}
