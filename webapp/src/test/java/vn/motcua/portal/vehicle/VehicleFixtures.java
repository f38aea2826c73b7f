package vn.motcua.portal.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.boundary.LicenceHandler;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.numbering.control.Numbering;
import vn.motcua.plugins.vehicle.numbering.entity.NumberCounter.Series;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * In-container fixture for the vehicle-registration tests: the transactions the core would open around the plugin's
 * calls (receipt, approval), and a way to age a health certificate as time passing would.
 */
@ApplicationScoped
public class VehicleFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    Numbering numbering;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    LicenceHandler licences;

    /** One approval's worth of numbering: its own transaction, as each approval has. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int nextNumber(long agencyId, Series series, int year) {
        return numbering.next(agencyId, series, year);
    }

    /** What the core does at receipt after its own checks: the plugin's check, then its details stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void receiveDetails(LicenceApplication details, DossierSnapshot dossier) {
        licences.check(details, dossier);
        licences.saveDetails(details, dossier);
    }

    /** What the core does at approval: the plugin issues its result in the approval's transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ResultDocument> approve(DossierSnapshot dossier, LocalDateTime at) {
        return licences.issueResult(
                dossier, new ResultContext(at, "Lãnh đạo thử nghiệm", "Thái Hòa", "http://localhost/lookup"));
    }

    /** Time passes: the recorded health certificate is now dated {@code on}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void healthCertificateDated(long dossierId, LocalDate on) {
        em.find(LicenceApplication.class, dossierId).setHealthCertificateOn(on);
    }

    /** A read-only picture of a dossier as the core hands it to plugins. */
    @Transactional
    public DossierSnapshot snapshot(long dossierId, String procedureCode) {
        Object[] row = em.createQuery(
                        "select d.code, d.receivedAt, a.name, a.idNumber from Dossier d join d.applicant a"
                                + " where d.id = :id",
                        Object[].class)
                .setParameter("id", dossierId)
                .getSingleResult();
        return new DossierSnapshot(
                dossierId,
                (String) row[0],
                procedureCode,
                "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp",
                "IN_PROCESS",
                4,
                130L,
                "Sở Giao thông vận tải",
                130L,
                "Sở Giao thông vận tải",
                (String) row[2],
                (String) row[3],
                null,
                (LocalDateTime) row[1],
                null,
                Map.of());
    }
}
