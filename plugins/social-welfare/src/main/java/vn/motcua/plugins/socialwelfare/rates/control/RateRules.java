package vn.motcua.plugins.socialwelfare.rates.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import vn.motcua.plugins.socialwelfare.rates.entity.Dated;
import vn.motcua.spi.DomainException;

/** The checks on a rate an admin enters; each refusal is a message key. */
public final class RateRules {

    static final BigDecimal MIN_COEFFICIENT = new BigDecimal("0.1");
    static final BigDecimal MAX_COEFFICIENT = new BigDecimal("10");

    private RateRules() {}

    public static void amount(Long amount) {
        if (amount == null || amount <= 0) {
            throw new DomainException("social-welfare.rates.amountPositive");
        }
    }

    public static void coefficient(BigDecimal coefficient) {
        if (coefficient == null
                || coefficient.compareTo(MIN_COEFFICIENT) < 0
                || coefficient.compareTo(MAX_COEFFICIENT) > 0
                || coefficient.stripTrailingZeros().scale() > 2) {
            throw new DomainException("social-welfare.rates.coefficientRange");
        }
    }

    /** Allowances are paid by the month: a base level or coefficient changes on the first day of a month. */
    public static void firstOfMonth(LocalDate from) {
        if (from == null) {
            throw new DomainException("social-welfare.rates.dateRequired");
        }
        if (from.getDayOfMonth() != 1) {
            throw new DomainException("social-welfare.rates.firstOfMonth");
        }
    }

    public static void legalBasis(String basis) {
        if (basis == null || basis.isBlank()) {
            throw new DomainException("social-welfare.rates.legalBasisRequired");
        }
    }

    public static void newDate(Collection<? extends Dated> history, LocalDate from) {
        if (history.stream().anyMatch(row -> row.getEffectiveFrom().equals(from))) {
            throw new DomainException("social-welfare.rates.duplicateDate", Months.text(from));
        }
    }

    /** A row already in force may have been used by a decision: it stays. */
    public static void notYetInForce(Dated row, LocalDate today) {
        if (!row.getEffectiveFrom().isAfter(today)) {
            throw new DomainException("social-welfare.rates.inForceCannotRemove");
        }
    }

    public static void ages(Integer min, Integer max) {
        if (min != null && max != null && min >= max) {
            throw new DomainException("social-welfare.category.ages");
        }
    }
}
