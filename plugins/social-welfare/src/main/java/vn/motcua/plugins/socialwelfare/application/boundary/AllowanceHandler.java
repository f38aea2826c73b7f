package vn.motcua.plugins.socialwelfare.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.application.control.Eligibility;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.decision.control.DecisionIssuer;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/** 2.000286 Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng: form, rules, decision. */
@ApplicationScoped
@Transactional
public class AllowanceHandler implements ProcedureHandler<AllowanceApplication> {

    @PersistenceContext
    EntityManager em;

    @Inject
    RateBook rates;

    @Inject
    DecisionIssuer issuer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(SocialWelfarePlugin.ALLOWANCE);
    }

    @Override
    public Class<AllowanceApplication> detailsType() {
        return AllowanceApplication.class;
    }

    @Override
    public AllowanceApplication newDetails(String procedureCode) {
        return new AllowanceApplication();
    }

    @Override
    public String formFragment() {
        return "/p/social-welfare/fragments/allowance-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/social-welfare/fragments/allowance-view.xhtml";
    }

    /** Category in use and fitting the age, and rates in force this month (else the decision could not be made). */
    @Override
    public void check(AllowanceApplication details, DossierSnapshot dossier) {
        LocalDate today = LocalDate.now();
        Eligibility.allowance(details, rates.category(details.getCategoryId()).orElse(null), today);
        rates.quote(details.getCategoryId(), YearMonth.from(today));
    }

    @Override
    public void saveDetails(AllowanceApplication details, DossierSnapshot dossier) {
        em.persist(Copies.of(details, dossier.id()));
    }

    @Override
    public Optional<AllowanceApplication> details(long dossierId) {
        return em.createQuery(
                        "select a from SocialWelfareAllowanceApplication a where a.dossierId = :dossier",
                        AllowanceApplication.class)
                .setParameter("dossier", dossierId)
                .getResultStream()
                .findFirst();
    }

    /** The decision; none for a dossier without details (received while the plugin was off at that counter). */
    @Override
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        return details(dossier.id()).map(details -> issuer.allowance(dossier, context, details));
    }
}
