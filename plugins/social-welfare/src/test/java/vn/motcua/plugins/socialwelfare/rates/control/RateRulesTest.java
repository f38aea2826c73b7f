package vn.motcua.plugins.socialwelfare.rates.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.spi.DomainException;

/** What an admin may enter as a new rate. */
class RateRulesTest {

    @Test
    void baseLevelsAndCoefficientsChangeOnTheFirstOfAMonth() {
        assertThatCode(() -> RateRules.firstOfMonth(LocalDate.of(2027, 1, 1))).doesNotThrowAnyException();
        assertRefused(() -> RateRules.firstOfMonth(LocalDate.of(2027, 1, 15)), "social-welfare.rates.firstOfMonth");
        assertRefused(() -> RateRules.firstOfMonth(null), "social-welfare.rates.dateRequired");
    }

    @Test
    void coefficientsAreBetweenATenthAndTenWithTwoDecimals() {
        assertThatCode(() -> RateRules.coefficient(new BigDecimal("2.50"))).doesNotThrowAnyException();
        assertThatCode(() -> RateRules.coefficient(new BigDecimal("0.1"))).doesNotThrowAnyException();
        assertRefused(() -> RateRules.coefficient(new BigDecimal("0")), "social-welfare.rates.coefficientRange");
        assertRefused(() -> RateRules.coefficient(new BigDecimal("12")), "social-welfare.rates.coefficientRange");
        assertRefused(() -> RateRules.coefficient(new BigDecimal("1.255")), "social-welfare.rates.coefficientRange");
        assertRefused(() -> RateRules.amount(0L), "social-welfare.rates.amountPositive");
    }

    @Test
    void twoRowsOfOneHistoryNeverStartTheSameDay() {
        var history = List.of(new BaseLevel(500_000, LocalDate.of(2024, 7, 1), "NĐ 76/2024", "test"));
        assertRefused(() -> RateRules.newDate(history, LocalDate.of(2024, 7, 1)), "social-welfare.rates.duplicateDate");
        assertThatCode(() -> RateRules.newDate(history, LocalDate.of(2027, 1, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyARowNotYetInForceMayBeRemoved() {
        var future = new BaseLevel(650_000, LocalDate.of(2027, 1, 1), "x", "test");
        assertThatCode(() -> RateRules.notYetInForce(future, LocalDate.of(2026, 12, 31)))
                .doesNotThrowAnyException();
        assertRefused(
                () -> RateRules.notYetInForce(future, LocalDate.of(2027, 1, 1)),
                "social-welfare.rates.inForceCannotRemove");
    }

    private static void assertRefused(Runnable rule, String key) {
        assertThatThrownBy(rule::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
