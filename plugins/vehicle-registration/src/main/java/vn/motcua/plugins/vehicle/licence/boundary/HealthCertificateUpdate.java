package vn.motcua.plugins.vehicle.licence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.control.HealthCertificates;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.DossierLookup;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Records the date of a new health certificate on a licence dossier still being processed, typically after the
 * officer asked for it as a supplement because {@link HealthCertificateGuard} refused to forward. The dossier must be
 * one the officer may see (the core's lookup applies the agency scope) and the new certificate valid today.
 */
@ApplicationScoped
public class HealthCertificateUpdate {

    /** States in which the dossier is still on the department's desk. */
    static final Set<DossierState> OPEN_STATES =
            Set.of(DossierState.RECEIVED, DossierState.IN_PROCESS, DossierState.SUPPLEMENT_REQUESTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLookup dossiers;

    /** The dossier and its licence details, if the officer may see it and it is a licence dossier. */
    @Transactional
    @RequiresPermissions(VehicleRegistrationPlugin.HEALTH_EDIT)
    public LicenceApplication application(long dossierId) {
        dossier(dossierId);
        LicenceApplication application = em.find(LicenceApplication.class, dossierId);
        if (application == null) {
            throw new DomainException("vehicle-registration.health.notLicence");
        }
        return application;
    }

    @Transactional
    @RequiresPermissions(VehicleRegistrationPlugin.HEALTH_EDIT)
    public void record(long dossierId, LocalDate certificateOn) {
        DossierSnapshot dossier = dossier(dossierId);
        if (!OPEN_STATES.contains(dossier.state())) {
            throw new DomainException("vehicle-registration.health.closed", dossier.code());
        }
        LicenceApplication application = em.find(LicenceApplication.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new DomainException("vehicle-registration.health.notLicence");
        }
        if (certificateOn == null) {
            throw new DomainException("vehicle-registration.licence.health.required");
        }
        HealthCertificates.requireValidAtReceipt(certificateOn, LocalDate.now());
        application.setHealthCertificateOn(certificateOn);
    }

    private DossierSnapshot dossier(long dossierId) {
        return dossiers.find(dossierId).orElseThrow(() -> new DomainException("vehicle-registration.health.notFound"));
    }
}
