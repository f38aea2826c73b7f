package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.registry.entity.Beneficiary;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The beneficiary registry of the agencies in the officer's scope: its query for the core's registry service (paged,
 * filtered and sorted in the database, kept to the scope), a month's payment summary, and stopping an allowance (thôi
 * hưởng). Every query carries the scope.
 */
@ApplicationScoped
public class Registry {

    /** A month's payments: how many people, how much in all. */
    public record MonthTotal(YearMonth month, long people, long amount) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    @Inject
    Registries registries;

    @Inject
    RateBook rates;

    @RequiresPermissions(SocialWelfarePlugin.BENEFICIARY_VIEW)
    public RegistryPage<BeneficiaryRow> page(
            RegistryFilter filter, int first, int size, String sortField, boolean ascending) {
        return registries.page(query(filter), first, size, sortField, ascending);
    }

    /**
     * The registry's query for the toolbar's filter: each beneficiary with its category and decision; the sortable
     * columns are the table's (a category sorts by its position in the list), the newest decision first by default.
     */
    public static RegistryQuery<BeneficiaryRow> query(RegistryFilter filter) {
        return RegistryQuery.select(
                        BeneficiaryRow.class,
                        "new vn.motcua.plugins.socialwelfare.registry.boundary.BeneficiaryRow(b.id, b.dossierId,"
                                + " b.fullName, b.birthDate, b.idNumber, c.name, b.coefficient, b.amount,"
                                + " b.startMonth, b.endMonth, b.status, b.statusNote, d.number, d.decidedOn,"
                                + " b.version)",
                        "SocialWelfareBeneficiary b, SocialWelfareBeneficiaryCategory c, SocialWelfareDecision d")
                .scopedBy("b.agencyId")
                .identifiedBy("b.id")
                .readableWith(SocialWelfarePlugin.BENEFICIARY_VIEW)
                .where("c.id = b.categoryId and d.id = b.decisionId")
                .containsFolded(filter.text(), "b.searchText")
                .whereGiven("b.categoryId = :category", "category", filter.categoryId())
                .whereGiven("b.status = :status", "status", filter.status())
                .sortable("fullName", "b.fullName")
                .sortable("birthDate", "b.birthDate")
                .sortable("idNumber", "b.idNumber")
                .sortable("categoryName", "c.position")
                .sortable("amount", "b.amount")
                .sortable("startMonth", "b.startMonth")
                .sortable("decidedOn", "d.decidedOn")
                .sortable("status", "b.status")
                .orderedBy("d.decidedOn desc");
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
