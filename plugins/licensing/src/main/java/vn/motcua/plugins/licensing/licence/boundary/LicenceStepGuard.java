package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import vn.motcua.plugins.licensing.LicensingProcedures;
import vn.motcua.plugins.licensing.licence.control.LicenceRules;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.procedure.StepHandler;

/**
 * Amendment and revocation dossiers name a licence that may change while they are processed (another dossier amends
 * or revokes it, or it expires). Before such a dossier is forwarded or approved, the licence must still be what the
 * counter checked; otherwise the officer is told why and refuses the dossier instead. Refusing is never vetoed.
 */
@ApplicationScoped
public class LicenceStepGuard implements StepHandler {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationLicensing licences;

    @Inject
    LicenceRevocations revocations;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(LicensingProcedures.AMENDMENT, LicensingProcedures.REVOCATION);
    }

    @Override
    public void beforeLeaving(StepCompletion step) {
        if (!"FORWARD".equals(step.action()) && !"APPROVE".equals(step.action())) {
            return;
        }
        LocalDate today = LocalDate.now();
        long dossierId = step.dossier().id();
        if (LicensingProcedures.AMENDMENT.equals(step.dossier().procedureCode())) {
            licences.details(dossierId)
                    .filter(a -> a.getAmendedLicenceId() != null)
                    .ifPresent(a -> LicenceRules.requireAmendable(
                            em.find(Licence.class, a.getAmendedLicenceId()),
                            a.getAmendedNumber(),
                            a.getAmendedYear(),
                            step.dossier().applicantIdNumber(),
                            today));
        } else {
            revocations
                    .details(dossierId)
                    .ifPresent(r -> LicenceRules.requireRevocable(
                            em.find(Licence.class, r.getLicenceId()), r.getLicenceNumber(), r.getLicenceYear(), today));
        }
    }
}
