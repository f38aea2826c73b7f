package vn.motcua.dossier.worklist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The scanned documents of a dossier as the officer opens them (the counter checks an online submission's scans
 * before accepting it): {@code dossier:view} and an agency that has held the dossier in the officer's scope, the same
 * rule as its printed forms.
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierScans {

    /** Where a scan's bytes are and what to call them. */
    public record Scan(String fileName, String contentType, long size, Path path) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    DocumentStore store;

    /** A scan of that dossier, or "not found" (also when the dossier is not the officer's). */
    @Transactional
    public Scan open(long dossierId, long fileId) {
        DossierFile file = em.find(DossierFile.class, fileId);
        if (file == null || file.getDossier() == null || file.getDossier().getId() != dossierId) {
            throw new DomainException("dossier.notFound");
        }
        boolean mine = scope.coversAny(file.getDossier().getAgencyIds());
        if (!mine) {
            throw new DomainException("dossier.notFound");
        }
        Path path = store.locate(file.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new DomainException("dossier.notFound");
        }
        return new Scan(file.getFileName(), file.getContentType(), file.getSizeBytes(), path);
    }
}
