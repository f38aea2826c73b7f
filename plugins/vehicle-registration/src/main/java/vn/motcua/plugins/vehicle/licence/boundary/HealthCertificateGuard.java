package vn.motcua.plugins.vehicle.licence.boundary;

import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.EXCHANGE;
import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.REISSUE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import vn.motcua.plugins.vehicle.licence.control.HealthCertificates;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.procedure.StepHandler;

/**
 * Vetoes moving a licence dossier forward (forward to the next step, approval) once the driver's health certificate
 * is more than six months old: a dossier received on the certificate's last good day must not be approved weeks
 * later on stale health evidence. The officer sees why and asks for a new certificate (a supplement), records its
 * date on {@code /p/vehicle-registration/health.xhtml} and forwards again. Refusing is never vetoed.
 */
@ApplicationScoped
public class HealthCertificateGuard implements StepHandler {

    /** The transitions that carry the dossier towards a licence. */
    static final Set<String> FORWARD_ACTIONS = Set.of("FORWARD", "APPROVE");

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(EXCHANGE, REISSUE);
    }

    @Override
    public void beforeLeaving(StepCompletion step) {
        if (!FORWARD_ACTIONS.contains(step.action())) {
            return;
        }
        LicenceApplication application =
                em.find(LicenceApplication.class, step.dossier().id());
        if (application == null || application.getHealthCertificateOn() == null) {
            return; // received before the plugin handled it: nothing of ours to check
        }
        HealthCertificates.requireStillValid(application.getHealthCertificateOn(), LocalDate.now());
    }
}
