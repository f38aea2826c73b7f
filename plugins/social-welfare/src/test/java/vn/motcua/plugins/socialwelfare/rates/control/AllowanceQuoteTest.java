package vn.motcua.plugins.socialwelfare.rates.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.spi.DomainException;

/** The money rule: base level × coefficient, each the one in force in the month. */
class AllowanceQuoteTest {

    /** The histories as the plugin's migration seeds them, plus a later change of both. */
    private static final List<BaseLevel> BASE = List.of(
            new BaseLevel(360_000, LocalDate.of(2021, 7, 1), "Nghị định số 20/2021/NĐ-CP", "test"),
            new BaseLevel(500_000, LocalDate.of(2024, 7, 1), "Nghị định số 76/2024/NĐ-CP", "test"),
            new BaseLevel(650_000, LocalDate.of(2027, 1, 1), "Nghị định giả định 2027", "test"));

    private static BeneficiaryCategory severeDisability() {
        var category = new BeneficiaryCategory("NKT_NANG", "Người khuyết tật nặng", null, null);
        category.addCoefficient(new BigDecimal("1.5"), LocalDate.of(2021, 7, 1), "Khoản 1 Điều 6", "test");
        category.addCoefficient(new BigDecimal("1.75"), LocalDate.of(2027, 7, 1), "Giả định", "test");
        return category;
    }

    @Test
    void theDecreeOf2024RaisedTheAllowanceFromJuly2024() {
        var category = severeDisability();
        assertThat(AllowanceQuote.of(YearMonth.of(2024, 6), BASE, category.getCoefficients())
                        .amount())
                .isEqualTo(540_000);
        AllowanceQuote july = AllowanceQuote.of(YearMonth.of(2024, 7), BASE, category.getCoefficients());
        assertThat(july.amount()).isEqualTo(750_000);
        assertThat(july.baseLevel()).isEqualTo(500_000);
        assertThat(july.coefficient()).isEqualByComparingTo("1.5");
        assertThat(july.baseLegalBasis()).contains("76/2024");
    }

    @Test
    void eachRateChangesOnItsOwnDateAndTheMonthDecides() {
        var category = severeDisability();
        assertThat(AllowanceQuote.of(YearMonth.of(2026, 12), BASE, category.getCoefficients())
                        .amount())
                .as("both old")
                .isEqualTo(750_000);
        assertThat(AllowanceQuote.of(YearMonth.of(2027, 1), BASE, category.getCoefficients())
                        .amount())
                .as("new base level, old coefficient")
                .isEqualTo(975_000);
        assertThat(AllowanceQuote.of(YearMonth.of(2027, 7), BASE, category.getCoefficients())
                        .amount())
                .as("both new: 650 000 × 1.75 = 1 137 500")
                .isEqualTo(1_137_500);
    }

    @Test
    void aProductWithFractionsIsRoundedHalfUpToTheDong() {
        assertThat(AllowanceQuote.amount(360_001, new BigDecimal("1.5"))).isEqualTo(540_002); // 540 001.5
        assertThat(AllowanceQuote.amount(500_000, new BigDecimal("2.5"))).isEqualTo(1_250_000);
        assertThat(AllowanceQuote.amount(333_333, new BigDecimal("0.33"))).isEqualTo(110_000); // 109 999.89
    }

    @Test
    void aMonthBeforeAnyRateIsRefusedWithAMessage() {
        var category = severeDisability();
        assertThatThrownBy(() -> AllowanceQuote.of(YearMonth.of(2021, 6), BASE, category.getCoefficients()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments()[0])
                .containsExactly("social-welfare.rates.noBaseLevel", "06/2021");
        var noCoefficientYet = new BeneficiaryCategory("NEW", "Nhóm mới", null, null);
        noCoefficientYet.addCoefficient(BigDecimal.ONE, LocalDate.of(2027, 3, 1), "Giả định", "test");
        assertThatThrownBy(() -> AllowanceQuote.of(YearMonth.of(2027, 2), BASE, noCoefficientYet.getCoefficients()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("social-welfare.rates.noCoefficient");
    }

    @Test
    void aRateInForceIsTheLatestOnOrBeforeTheDayWhateverTheOrderOfTheRows() {
        var shuffled = List.of(BASE.get(2), BASE.get(0), BASE.get(1));
        assertThat(InForce.on(shuffled, LocalDate.of(2024, 6, 30)).orElseThrow().getAmount())
                .isEqualTo(360_000);
        assertThat(InForce.on(shuffled, LocalDate.of(2024, 7, 1)).orElseThrow().getAmount())
                .isEqualTo(500_000);
        assertThat(InForce.in(shuffled, YearMonth.of(2030, 1)).orElseThrow().getAmount())
                .isEqualTo(650_000);
        assertThat(InForce.on(shuffled, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void moneyAndCoefficientsAreWrittenTheVietnameseWay() {
        assertThat(Months.money(1_137_500)).isEqualTo("1.137.500");
        assertThat(Months.coefficient(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(Months.coefficient(new BigDecimal("1.75"))).isEqualTo("1,75");
        assertThat(Months.coefficient(new BigDecimal("2"))).isEqualTo("2,0");
        assertThat(Months.parse("01/2027")).isEqualTo(YearMonth.of(2027, 1));
        assertThat(Months.parse("2027-01")).isEqualTo(YearMonth.of(2027, 1));
        assertThat(Months.parse("13/2027")).isNull();
    }
}
