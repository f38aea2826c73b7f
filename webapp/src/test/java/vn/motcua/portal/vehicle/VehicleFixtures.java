package vn.motcua.portal.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.numbering.control.Numbering;
import vn.motcua.plugins.vehicle.numbering.control.Series;
import vn.motcua.portal.Receipts;
import vn.motcua.spi.dossier.DossierState;

/**
 * In-container fixture for the vehicle-registration tests: the transaction each approval opens around numbering,
 * the documents of a procedure ticked as received, and time passing over a recorded health certificate.
 */
@ApplicationScoped
public class VehicleFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Numbering numbering;

    /** One approval's worth of numbering, in its own transaction as each approval has. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int nextNumber(long agencyId, Series series, int year) {
        return numbering.next(agencyId, series, year);
    }

    /** Time passes: the recorded health certificate is now dated {@code on}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void healthCertificateDated(long dossierId, LocalDate on) {
        em.find(LicenceApplication.class, dossierId).setHealthCertificateOn(on);
    }

    /** Every document of the procedure's first version, ticked as received. */
    @Transactional
    public List<DossierWorkflow.DocumentTick> ticks(long procedureId) {
        return Receipts.everyDocument(em, procedureId);
    }

    @Transactional
    public int version(long dossierId) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", dossierId)
                .getSingleResult();
    }

    @Transactional
    public DossierState state(long dossierId) {
        return em.createQuery("select d.state from Dossier d where d.id = :id", DossierState.class)
                .setParameter("id", dossierId)
                .getSingleResult();
    }

    @Transactional
    public long dossiers() {
        return em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
    }
}
