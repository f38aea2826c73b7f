package vn.motcua.dossier.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/** A dossier's stored file (a scan, or a plugin's result document), for officers whose agencies hold the dossier. */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierFiles {

    /** Where the bytes are and what to call them. */
    public record Download(String fileName, String contentType, long size, Path path) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierSearch search;

    @Inject
    DocumentStore store;

    @Transactional
    public Download open(long fileId) {
        DossierFile file = em.find(DossierFile.class, fileId);
        if (file == null) {
            throw new DomainException("dossier.file.notFound");
        }
        search.find(file.getDossier().getId()); // the agency scope: not found unless held by my agencies
        Path path = store.locate(file.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new DomainException("dossier.file.notFound");
        }
        return new Download(file.getFileName(), file.getContentType(), file.getSizeBytes(), path);
    }
}
