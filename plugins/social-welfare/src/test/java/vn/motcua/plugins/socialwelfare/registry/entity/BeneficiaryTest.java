package vn.motcua.plugins.socialwelfare.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.DomainException;

/** Which months a beneficiary is paid, and stopping. */
class BeneficiaryTest {

    private static Beneficiary startingJanuary2027() {
        return new Beneficiary(
                1,
                151,
                1,
                "Lê Văn Bảo",
                LocalDate.of(1944, 3, 5),
                "079144000123",
                13,
                500_000,
                new BigDecimal("1.5"),
                750_000,
                YearMonth.of(2027, 1));
    }

    @Test
    void paidFromTheStartMonthUntilStopped() {
        var b = startingJanuary2027();
        assertThat(b.paidIn(YearMonth.of(2026, 12))).isFalse();
        assertThat(b.paidIn(YearMonth.of(2027, 1))).isTrue();
        assertThat(b.paidIn(YearMonth.of(2035, 1))).isTrue();

        b.stopAfter(YearMonth.of(2027, 6), "Chuyển đi nơi khác");
        assertThat(b.getStatus()).isEqualTo(BeneficiaryStatus.STOPPED);
        assertThat(b.paidIn(YearMonth.of(2027, 6))).isTrue();
        assertThat(b.paidIn(YearMonth.of(2027, 7))).isFalse();
        assertThat(b.getStatusNote()).isEqualTo("Chuyển đi nơi khác");

        b.stopAfter(YearMonth.of(2027, 9), "muộn hơn");
        assertThat(b.getEndMonth())
                .as("a later stop does not extend an earlier one")
                .isEqualTo(YearMonth.of(2027, 6));
    }

    @Test
    void aDecisionReplacedBeforeItStartsIsNeverPaidButNothingStopsBeforeThat() {
        var b = startingJanuary2027();
        b.stopAfter(YearMonth.of(2026, 12), "Điều chỉnh");
        assertThat(b.paidIn(YearMonth.of(2027, 1))).isFalse();
        assertThatThrownBy(() -> startingJanuary2027().stopAfter(YearMonth.of(2026, 11), "x"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("social-welfare.registry.stop.beforeStart");
    }
}
