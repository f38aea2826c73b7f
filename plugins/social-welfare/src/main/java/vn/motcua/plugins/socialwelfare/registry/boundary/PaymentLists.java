package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.registry.control.PaymentLine;
import vn.motcua.plugins.socialwelfare.registry.control.PaymentListWorkbook;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The monthly payment list of the agencies in the officer's scope: everyone whose allowance runs that month, at the
 * rates in force that month, read from the database a page at a time and streamed into the workbook.
 */
@Plugin(SocialWelfarePlugin.ID)
@ApplicationScoped
public class PaymentLists {

    static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    @Inject
    @Plugin(SocialWelfarePlugin.ID)
    RateBook rates;

    /** Writes the month's list as .xlsx to the stream; answers the number of people and the total in đồng. */
    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.PAYMENT_EXPORT)
    public Registry.MonthTotal write(YearMonth month, OutputStream out) {
        Set<Long> scope = officer.agencyIdsInScope();
        Map<Long, AllowanceQuote> quotes = rates.quotes(month);
        try (var workbook = new PaymentListWorkbook(month, officer.displayName())) {
            long people = 0;
            for (int first = 0; !scope.isEmpty(); first += PAGE) {
                List<Object[]> rows = em.createQuery(
                                "select b.fullName, b.birthDate, b.idNumber, c.name, b.categoryId, b.baseLevel,"
                                        + " b.coefficient, b.amount, d.number"
                                        + " from SocialWelfareBeneficiary b, SocialWelfareBeneficiaryCategory c, SocialWelfareDecision d"
                                        + " where c.id = b.categoryId and d.id = b.decisionId and b.agencyId in :scope"
                                        + " and b.startMonth <= :month"
                                        + " and (b.endMonth is null or b.endMonth >= :month)"
                                        + " order by b.fullName, b.id",
                                Object[].class)
                        .setParameter("scope", scope)
                        .setParameter("month", month.atDay(1))
                        .setFirstResult(first)
                        .setMaxResults(PAGE)
                        .getResultList();
                for (Object[] r : rows) {
                    AllowanceQuote quote = quotes.get((Long) r[4]);
                    workbook.add(new PaymentLine(
                            (String) r[0],
                            (java.time.LocalDate) r[1],
                            (String) r[2],
                            (String) r[3],
                            quote == null ? (Long) r[5] : quote.baseLevel(),
                            quote == null ? (java.math.BigDecimal) r[6] : quote.coefficient(),
                            quote == null ? (Long) r[7] : quote.amount(),
                            (String) r[8]));
                    people++;
                }
                em.clear();
                if (rows.size() < PAGE) {
                    break;
                }
            }
            workbook.finish(out);
            return new Registry.MonthTotal(month, people, workbook.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
