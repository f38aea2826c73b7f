package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.licensing.LicensingProcedures;
import vn.motcua.plugins.licensing.licence.control.LicenceFinder;
import vn.motcua.plugins.licensing.licence.control.LicenceIssuer;
import vn.motcua.plugins.licensing.licence.control.LicenceRules;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceRevocation;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * Revocation of a bulletin licence as a dossier of its own (provincial procedure {@value LicensingProcedures#REVOCATION}):
 * received at the counter with the licence and the reason, appraised and approved like any dossier; approval issues
 * the revocation decision (its own number, series QĐ) and the licence becomes REVOKED in the registry.
 */
@ApplicationScoped
public class LicenceRevocations implements ProcedureHandler<LicenceRevocation> {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenceFinder finder;

    @Inject
    LicenceIssuer issuer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(LicensingProcedures.REVOCATION);
    }

    @Override
    public Class<LicenceRevocation> detailsType() {
        return LicenceRevocation.class;
    }

    @Override
    public LicenceRevocation newDetails(String procedureCode) {
        return new LicenceRevocation();
    }

    @Override
    public String formFragment() {
        return "/p/licensing/fragments/revocation-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/licensing/fragments/revocation-view.xhtml";
    }

    /** The licence named must be a valid bulletin licence of the deciding agency. */
    @Override
    @Transactional
    public void check(LicenceRevocation details, DossierSnapshot dossier) {
        revoked(details, dossier);
    }

    @Override
    @Transactional
    public void saveDetails(LicenceRevocation details, DossierSnapshot dossier) {
        long licenceId = revoked(details, dossier).getId();
        em.flush(); // the core's dossier row first, for this row's foreign key
        em.persist(details.storedFor(dossier.id(), dossier.decidingAgencyId(), licenceId, LocalDateTime.now()));
    }

    @Override
    @Transactional
    public Optional<LicenceRevocation> details(long dossierId) {
        return em.createQuery("select r from LicensingRevocation r where r.dossierId = :d", LicenceRevocation.class)
                .setParameter("d", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        return details(dossier.id()).map(details -> issuer.revoke(details, dossier, context));
    }

    private Licence revoked(LicenceRevocation details, DossierSnapshot dossier) {
        Licence licence = finder.find(dossier.decidingAgencyId(), details.getLicenceNumber(), details.getLicenceYear())
                .orElse(null);
        LicenceRules.requireRevocable(licence, details.getLicenceNumber(), details.getLicenceYear(), LocalDate.now());
        return licence;
    }
}
