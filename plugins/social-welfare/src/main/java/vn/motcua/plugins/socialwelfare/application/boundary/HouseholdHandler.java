package vn.motcua.plugins.socialwelfare.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.application.control.Eligibility;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.decision.control.DecisionIssuer;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/** 1.000026 Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm: form, poverty-line rule, decision. */
@ApplicationScoped
@Transactional
public class HouseholdHandler implements ProcedureHandler<HouseholdApplication> {

    @PersistenceContext
    EntityManager em;

    @Inject
    RateBook rates;

    @Inject
    DecisionIssuer issuer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(SocialWelfarePlugin.POOR_HOUSEHOLD);
    }

    @Override
    public Class<HouseholdApplication> detailsType() {
        return HouseholdApplication.class;
    }

    @Override
    public HouseholdApplication newDetails(String procedureCode) {
        var details = new HouseholdApplication();
        details.addMember();
        return details;
    }

    @Override
    public String formFragment() {
        return "/p/social-welfare/fragments/household-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/social-welfare/fragments/household-view.xhtml";
    }

    /** Income per head above the poverty line of the area (in force today) is refused at the counter. */
    @Override
    public void check(HouseholdApplication details, DossierSnapshot dossier) {
        LocalDate today = LocalDate.now();
        Eligibility.household(
                details, rates.povertyLineOn(details.getArea(), today).getAmount(), today);
    }

    @Override
    public void saveDetails(HouseholdApplication details, DossierSnapshot dossier) {
        em.persist(Copies.of(details, dossier.id()));
    }

    @Override
    public Optional<HouseholdApplication> details(long dossierId) {
        return em.createQuery(
                        "select h from SocialWelfareHouseholdApplication h where h.dossierId = :dossier",
                        HouseholdApplication.class)
                .setParameter("dossier", dossierId)
                .getResultStream()
                .findFirst();
    }

    /** The decision; none for a dossier without details (received while the plugin was off at that counter). */
    @Override
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        return details(dossier.id()).map(details -> issuer.household(dossier, context, details));
    }
}
