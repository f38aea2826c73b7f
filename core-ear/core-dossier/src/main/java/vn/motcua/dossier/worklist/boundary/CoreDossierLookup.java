package vn.motcua.dossier.worklist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.motcua.dossier.control.plugins.DossierSnapshots;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.DossierLookup;
import vn.motcua.spi.dossier.DossierSnapshot;

/** The core's read access to dossiers for plugins: through {@link DossierReader}, so the agency scope applies. */
@ApplicationScoped
public class CoreDossierLookup implements DossierLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierReader reader;

    @Override
    @Transactional
    public Optional<DossierSnapshot> find(long dossierId) {
        try {
            return Optional.of(DossierSnapshots.of(reader.find(dossierId).dossier()));
        } catch (DomainException notFoundOrNotInScope) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public Optional<DossierSnapshot> findByCode(String code) {
        return em.createQuery("select d.id from Dossier d where d.code = :code", Long.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .flatMap(this::find);
    }
}
