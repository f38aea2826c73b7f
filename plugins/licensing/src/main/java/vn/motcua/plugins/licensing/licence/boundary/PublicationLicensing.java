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
import vn.motcua.plugins.licensing.licence.entity.LicensingApplication;
import vn.motcua.plugins.licensing.licence.entity.Periodicity;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * The licence procedures: a bulletin licence (1.004652), a non-commercial publication licence (1.004663) and the
 * amendment of a bulletin licence (1.004671). One form for the three (the amendment adds the licence it amends and
 * what changes); approval issues a numbered licence into the registry.
 *
 * <p>A dossier of these procedures received while the plugin was not enabled for the counter's agency has no
 * details: it runs and ends as any catalog procedure, with no licence of the plugin ({@link #issueResult} is empty).
 */
@ApplicationScoped
public class PublicationLicensing implements ProcedureHandler<LicensingApplication> {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenceFinder finder;

    @Inject
    LicenceIssuer issuer;

    @Override
    public Set<String> procedureCodes() {
        return LicensingProcedures.LICENCES;
    }

    @Override
    public Class<LicensingApplication> detailsType() {
        return LicensingApplication.class;
    }

    @Override
    public LicensingApplication newDetails(String procedureCode) {
        var details = new LicensingApplication(procedureCode);
        details.getPublication().setLanguages("Tiếng Việt");
        if (LicensingProcedures.NON_COMMERCIAL.equals(procedureCode)) {
            details.getPublication().setPeriodicity(Periodicity.ONE_OFF);
        }
        return details;
    }

    @Override
    public String formFragment() {
        return "/p/licensing/fragments/licence-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/licensing/fragments/licence-view.xhtml";
    }

    /**
     * A bulletin appears periodically; an amendment names a valid bulletin licence of the deciding agency held by the
     * applicant.
     */
    @Override
    @Transactional
    public void check(LicensingApplication details, DossierSnapshot dossier) {
        if (!LicensingProcedures.NON_COMMERCIAL.equals(details.getProcedureCode())
                && details.getPublication().getPeriodicity() == Periodicity.ONE_OFF) {
            throw new DomainException("licensing.periodicity.bulletinPeriodic");
        }
        if (details.isAmendment()) {
            amended(details, dossier);
        }
    }

    @Override
    @Transactional
    public void saveDetails(LicensingApplication details, DossierSnapshot dossier) {
        Long amendedId = details.isAmendment() ? amended(details, dossier).getId() : null;
        // The dossier row is the core's pending insert: written first, so that this row's foreign key finds it.
        em.flush();
        em.persist(details.storedFor(dossier.id(), dossier.decidingAgencyId(), amendedId, LocalDateTime.now()));
    }

    @Override
    @Transactional
    public Optional<LicensingApplication> details(long dossierId) {
        return em.createQuery("select a from LicensingApplication a where a.dossierId = :d", LicensingApplication.class)
                .setParameter("d", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        return details(dossier.id()).map(details -> issuer.issue(details, dossier, context));
    }

    private Licence amended(LicensingApplication details, DossierSnapshot dossier) {
        Licence licence = finder.find(dossier.decidingAgencyId(), details.getAmendedNumber(), details.getAmendedYear())
                .orElse(null);
        LicenceRules.requireAmendable(
                licence,
                details.getAmendedNumber(),
                details.getAmendedYear(),
                dossier.applicantIdNumber(),
                LocalDate.now());
        return licence;
    }
}
