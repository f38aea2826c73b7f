package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportColumn.ColumnType;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;

/**
 * Beneficiaries and amounts by category for a period (the core renders and exports it): per category, the
 * allowance decisions issued in the period, the people whose allowance runs during some month of the period, and
 * the monthly amount of those people as decided. Aggregated in the database, for the agencies in the officer's scope.
 */
@ApplicationScoped
public class BeneficiariesByCategory implements ReportProvider {

    @PersistenceContext
    EntityManager em;

    @Override
    public String id() {
        return "beneficiaries-by-category";
    }

    @Override
    public String titleKey() {
        return "social-welfare.report.byCategory";
    }

    @Override
    public String permission() {
        return SocialWelfarePlugin.REPORT_VIEW;
    }

    @Override
    public List<ReportColumn> columns() {
        return List.of(
                new ReportColumn("social-welfare.report.category", ColumnType.TEXT),
                new ReportColumn("social-welfare.report.newDecisions", ColumnType.INTEGER),
                new ReportColumn("social-welfare.report.receiving", ColumnType.INTEGER),
                new ReportColumn("social-welfare.report.monthlyAmount", ColumnType.MONEY));
    }

    @Override
    public ReportTable run(ReportParameters parameters) {
        String receiving = "b.startMonth <= :to and (b.endMonth is null or b.endMonth >= :fromMonth)";
        List<Object[]> found = em.createQuery(
                        "select c.name, sum(case when d.decidedOn between :from and :to then 1 else 0 end),"
                                + " sum(case when " + receiving + " then 1 else 0 end),"
                                + " sum(case when " + receiving + " then b.amount else 0 end)"
                                + " from SocialWelfareBeneficiary b, SocialWelfareBeneficiaryCategory c, SocialWelfareDecision d"
                                + " where c.id = b.categoryId and d.id = b.decisionId and b.agencyId in :agencies"
                                + " and d.decidedOn <= :to and (b.endMonth is null or b.endMonth >= :fromMonth)"
                                + " group by c.name, c.position order by c.position",
                        Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", parameters.from())
                .setParameter("to", parameters.to())
                .setParameter("fromMonth", parameters.from().withDayOfMonth(1))
                .getResultList();
        var rows = new ArrayList<List<Object>>();
        long decisions = 0;
        long people = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Object[] r : found) {
            long d = ((Number) r[1]).longValue();
            long p = ((Number) r[2]).longValue();
            BigDecimal a = BigDecimal.valueOf(((Number) r[3]).longValue());
            rows.add(List.of(r[0], d, p, a));
            decisions += d;
            people += p;
            amount = amount.add(a);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(null);
        totals.add(decisions);
        totals.add(people);
        totals.add(amount);
        return new ReportTable(rows, totals);
    }
}
