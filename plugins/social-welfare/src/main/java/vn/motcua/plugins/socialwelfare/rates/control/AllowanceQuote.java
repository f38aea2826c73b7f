package vn.motcua.plugins.socialwelfare.rates.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.rates.entity.CategoryCoefficient;
import vn.motcua.spi.DomainException;

/**
 * The monthly allowance of a category for a month: the base level in force that month times the category's
 * coefficient in force that month (Nghị định 20/2021/NĐ-CP, Điều 6), rounded to the đồng.
 *
 * @param month the month the rates were read for
 * @param baseLevel the base level (đồng per month)
 * @param baseLegalBasis the document that set it
 * @param coefficient the category's coefficient
 * @param coefficientLegalBasis the document that set it
 * @param amount base level × coefficient, đồng per month
 */
public record AllowanceQuote(
        YearMonth month,
        long baseLevel,
        String baseLegalBasis,
        BigDecimal coefficient,
        String coefficientLegalBasis,
        long amount) {

    /** base × coefficient, half up to the đồng (500 000 × 1.5 = 750 000). */
    public static long amount(long baseLevel, BigDecimal coefficient) {
        return BigDecimal.valueOf(baseLevel)
                .multiply(coefficient)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * Quotes from the two histories; refuses with a message when either has no row in force that month (an admin
     * must enter the rate first).
     */
    public static AllowanceQuote of(
            YearMonth month, Collection<BaseLevel> baseLevels, Collection<CategoryCoefficient> coefficients) {
        BaseLevel base = InForce.in(baseLevels, month)
                .orElseThrow(() -> new DomainException("social-welfare.rates.noBaseLevel", Months.text(month)));
        CategoryCoefficient coefficient = InForce.in(coefficients, month)
                .orElseThrow(() -> new DomainException("social-welfare.rates.noCoefficient", Months.text(month)));
        return new AllowanceQuote(
                month,
                base.getAmount(),
                base.getLegalBasis(),
                coefficient.getCoefficient(),
                coefficient.getLegalBasis(),
                amount(base.getAmount(), coefficient.getCoefficient()));
    }
}
