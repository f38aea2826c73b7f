package vn.motcua.spi.context;

import java.util.Optional;
import vn.motcua.spi.dossier.DossierSnapshot;

/**
 * Read access to dossiers for plugins, provided by the core. The answer respects the officer's agency scope: a
 * dossier no agency of theirs has held is not found.
 *
 * @since 0.1.0
 */
public interface DossierLookup {

    /** The dossier with this id, if the current officer may see it. */
    Optional<DossierSnapshot> find(long dossierId);

    /** The dossier with this code, if the current officer may see it. */
    Optional<DossierSnapshot> findByCode(String code);
}
