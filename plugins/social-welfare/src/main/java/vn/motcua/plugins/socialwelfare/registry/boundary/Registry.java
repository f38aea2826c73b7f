package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.registry.entity.Beneficiary;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The beneficiary registry of the agencies in the officer's scope: a page of rows filtered and sorted in the
 * database, a month's payment summary, and stopping an allowance (thôi hưởng). Every query carries the scope.
 */
@Plugin(SocialWelfarePlugin.ID)
@ApplicationScoped
public class Registry {

    /** A page of rows and the number of rows that match. */
    public record Page(List<BeneficiaryRow> rows, long total) {}

    /** A month's payments: how many people, how much in all. */
    public record MonthTotal(YearMonth month, long people, long amount) {}

    private static final String FROM =
            " from SocialWelfareBeneficiary b, SocialWelfareBeneficiaryCategory c, SocialWelfareDecision d"
                    + " where c.id = b.categoryId and d.id = b.decisionId and b.agencyId in :scope";

    /** Sortable columns of the screen → JPQL paths (nothing else reaches the query). */
    private static final Map<String, String> SORTS = Map.of(
            "fullName", "b.fullName",
            "birthDate", "b.birthDate",
            "idNumber", "b.idNumber",
            "categoryName", "c.position",
            "amount", "b.amount",
            "startMonth", "b.startMonth",
            "decidedOn", "d.decidedOn",
            "status", "b.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    @Inject
    @Plugin(SocialWelfarePlugin.ID)
    RateBook rates;

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.BENEFICIARY_VIEW)
    public Page page(RegistryFilter filter, int first, int size, String sortField, boolean ascending) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return new Page(List.of(), 0);
        }
        var where = new StringBuilder();
        var parameters = new HashMap<String, Object>();
        parameters.put("scope", scope);
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(b.fullName) like :text or b.idNumber like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.forLanguageTag("vi")) + "%");
        }
        if (filter.categoryId() != null) {
            where.append(" and b.categoryId = :category");
            parameters.put("category", filter.categoryId());
        }
        if (filter.status() != null) {
            where.append(" and b.status = :status");
            parameters.put("status", filter.status());
        }
        String order = " order by " + (sortField == null ? "d.decidedOn" : SORTS.getOrDefault(sortField, "d.decidedOn"))
                + (ascending ? " asc" : " desc") + ", b.id desc";
        TypedQuery<BeneficiaryRow> rows = em.createQuery(
                "select new vn.motcua.plugins.socialwelfare.registry.boundary.BeneficiaryRow(b.id, b.dossierId,"
                        + " b.fullName, b.birthDate, b.idNumber, c.name, b.coefficient, b.amount, b.startMonth,"
                        + " b.endMonth, b.status, b.statusNote, d.number, d.decidedOn, b.version)" + FROM + where
                        + order,
                BeneficiaryRow.class);
        TypedQuery<Long> count = em.createQuery("select count(b)" + FROM + where, Long.class);
        parameters.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    /**
     * How many beneficiaries are paid in the month and how much in all, at the rates in force that month (a change
     * of the base level applies to every beneficiary from its effective month). Summed per category in the
     * database.
     */
    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.BENEFICIARY_VIEW)
    public MonthTotal monthTotal(YearMonth month) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return new MonthTotal(month, 0, 0);
        }
        Map<Long, AllowanceQuote> quotes = rates.quotes(month);
        long people = 0;
        long amount = 0;
        for (Object[] row : em.createQuery(
                        "select b.categoryId, count(b), sum(b.amount) from SocialWelfareBeneficiary b where b.agencyId in :scope"
                                + " and b.startMonth <= :month and (b.endMonth is null or b.endMonth >= :month)"
                                + " group by b.categoryId",
                        Object[].class)
                .setParameter("scope", scope)
                .setParameter("month", month.atDay(1))
                .getResultList()) {
            long count = ((Number) row[1]).longValue();
            AllowanceQuote quote = quotes.get((Long) row[0]);
            people += count;
            amount += quote == null ? ((Number) row[2]).longValue() : quote.amount() * count;
        }
        return new MonthTotal(month, people, amount);
    }

    /** Stops an allowance after a month (thôi hưởng), with the reason; the last month paid is that month. */
    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.BENEFICIARY_STOP)
    public void stop(long beneficiaryId, int expectedVersion, YearMonth lastMonth, String reason) {
        if (lastMonth == null || reason == null || reason.isBlank()) {
            throw new DomainException("social-welfare.registry.stop.incomplete");
        }
        Beneficiary beneficiary = em.find(Beneficiary.class, beneficiaryId);
        if (beneficiary == null || !officer.agencyIdsInScope().contains(beneficiary.getAgencyId())) {
            throw new DomainException("social-welfare.registry.notFound");
        }
        if (beneficiary.getVersion() != expectedVersion) {
            throw new DomainException("social-welfare.registry.changed");
        }
        beneficiary.stopAfter(lastMonth, reason.strip());
    }
}
