package vn.motcua.plugins.socialwelfare.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.plugins.socialwelfare.application.control.Eligibility;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.decision.entity.Decision;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.plugins.socialwelfare.rates.entity.PovertyLine;
import vn.motcua.plugins.socialwelfare.registry.entity.Beneficiary;
import vn.motcua.plugins.socialwelfare.registry.entity.BeneficiaryStatus;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.directory.AgencyNames;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * Issues the decisions at approval, in the approval's transaction: re-checks the rules against the rates in force
 * that month, numbers the decision (per deciding agency and year), records it (and the beneficiary in the
 * registry), renders the PDF with the core's renderer. Any refusal rolls the approval back.
 */
@ApplicationScoped
public class DecisionIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    DecisionNumbers numbers;

    @Inject
    RateBook rates;

    @Inject
    ResultRenderer renderer;

    @Inject
    AgencyNames agencies;

    /**
     * The allowance decision: amount = base level × coefficient in force in the decision's month, paid from the
     * next month. A person already in the agency's registry is adjusted: their earlier allowance stops the month
     * before the new one starts (điều chỉnh).
     */
    public ResultDocument allowance(DossierSnapshot dossier, ResultContext context, AllowanceApplication details) {
        LocalDate day = context.approvedAt().toLocalDate();
        BeneficiaryCategory category = rates.category(details.getCategoryId()).orElse(null);
        Eligibility.allowance(details, category, day);
        AllowanceQuote quote = rates.quote(category.getId(), YearMonth.from(day));
        YearMonth start = YearMonth.from(day).plusMonths(1);

        Decision decision = record(dossier, context, DecisionKind.ALLOWANCE, details.getFullName());
        for (Beneficiary earlier : em.createQuery(
                        "select b from SocialWelfareBeneficiary b where b.agencyId = :agency and b.idNumber = :id"
                                + " and b.status = :active",
                        Beneficiary.class)
                .setParameter("agency", dossier.decidingAgencyId())
                .setParameter("id", details.getIdNumber())
                .setParameter("active", BeneficiaryStatus.ACTIVE)
                .getResultList()) {
            earlier.stopAfter(start.minusMonths(1), "Điều chỉnh theo Quyết định số " + decision.getNumber());
        }
        em.persist(new Beneficiary(
                dossier.id(),
                dossier.decidingAgencyId(),
                decision.getId(),
                details.getFullName(),
                details.getBirthDate(),
                details.getIdNumber(),
                category.getId(),
                quote.baseLevel(),
                quote.coefficient(),
                quote.amount(),
                start));
        byte[] pdf = renderer.render(DecisionSheets.allowance(
                dossier, context, decision.getNumber(), details, category.getName(), quote, start));
        return document(decision, pdf);
    }

    /** The recognition of a poor or near-poor household, against the poverty line in force on the day. */
    public ResultDocument household(DossierSnapshot dossier, ResultContext context, HouseholdApplication details) {
        LocalDate day = context.approvedAt().toLocalDate();
        PovertyLine line = rates.povertyLineOn(details.getArea(), day);
        DecisionKind kind = Eligibility.household(details, line.getAmount(), day);
        Decision decision = record(dossier, context, kind, details.getHeadName());
        byte[] pdf = renderer.render(DecisionSheets.household(
                dossier, context, decision.getNumber(), details, kind, line.getAmount(), line.getLegalBasis()));
        return document(decision, pdf);
    }

    private Decision record(DossierSnapshot dossier, ResultContext context, DecisionKind kind, String subject) {
        boolean issued = !em.createQuery(
                        "select d.id from SocialWelfareDecision d where d.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossier.id())
                .getResultList()
                .isEmpty();
        if (issued) {
            throw new DomainException("social-welfare.decision.alreadyIssued");
        }
        LocalDate day = context.approvedAt().toLocalDate();
        int sequence = numbers.next(dossier.decidingAgencyId(), day.getYear());
        var decision = new Decision(
                dossier.id(),
                dossier.decidingAgencyId(),
                sequence,
                DecisionNumbers.format(sequence, agencies.shortName(dossier.decidingAgencyId())),
                day,
                kind,
                subject,
                context.approverName());
        em.persist(decision);
        em.flush();
        return decision;
    }

    private static ResultDocument document(Decision decision, byte[] pdf) {
        return new ResultDocument(
                decision.getNumber(),
                DecisionSheets.title(decision.getKind()),
                Issuers.fileName("quyet-dinh", decision.getNumber()),
                pdf);
    }
}
