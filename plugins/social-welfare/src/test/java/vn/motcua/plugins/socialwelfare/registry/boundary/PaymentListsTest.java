package vn.motcua.plugins.socialwelfare.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.registry.control.PaymentLine;
import vn.motcua.spi.registry.RegistrySheet;

/** The monthly payment list and the registry as the plugin describes them to the core's registry service. */
class PaymentListsTest {

    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    @Test
    void theListIsTheMonthsBeneficiariesInScopeByName() {
        var query = PaymentLists.query(JANUARY);

        assertThat(query.scopePath()).isEqualTo("b.agencyId");
        assertThat(query.permission()).isEqualTo(SocialWelfarePlugin.PAYMENT_EXPORT);
        assertThat(query.parameters()).containsEntry("month", LocalDate.of(2027, 1, 1));
        assertThat(query.defaultOrder()).containsExactly("b.fullName");
    }

    @Test
    void titleNumberedLinesAtTheMonthsRatesAndATotalOfTheAmounts() {
        var quote = new AllowanceQuote(JANUARY, 500_000, "NĐ 20", new BigDecimal("2.0"), "NĐ 20", 1_000_000);
        RegistrySheet<PaymentLine> sheet = PaymentLists.sheet(JANUARY, "Đỗ Thị Mai", Map.of(7L, quote));

        assertThat(sheet.titleLines())
                .containsExactly(
                        "DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HÀNG THÁNG", "Tháng 01/2027", "Người lập: Đỗ Thị Mai");
        assertThat(sheet.numberedHeading()).isEqualTo("STT");
        assertThat(sheet.totalLabel()).isEqualTo("Tổng cộng: {0} người");
        assertThat(sheet.columns().get(6).heading()).isEqualTo(PaymentLists.AMOUNT);
        assertThat(sheet.columns().get(6).summed()).isTrue();

        var quoted = line(7L, 750_000);
        var unquoted = line(8L, 640_000);
        assertThat(values(sheet, quoted))
                .containsExactly(
                        "Lê Văn Bảo",
                        LocalDate.of(1944, 3, 5),
                        "079144000123",
                        "Người khuyết tật nặng",
                        500_000L,
                        new BigDecimal("2.0"),
                        1_000_000L,
                        "45/QĐ-UBND",
                        null);
        assertThat(values(sheet, unquoted).get(6))
                .as("the decision's amount without a quote")
                .isEqualTo(640_000L);
    }

    @Test
    void theRegistryKeepsItsSortableColumnsAndFilters() {
        var query = Registry.query(new RegistryFilter("Lê Văn", 3L, null));

        assertThat(query.conditions())
                .containsExactly(
                        "c.id = b.categoryId and d.id = b.decisionId",
                        "b.searchText like :motcuaText1",
                        "b.categoryId = :category");
        assertThat(query.parameters()).containsEntry("motcuaText1", "%le van%");
        assertThat(query.sortable()).containsEntry("categoryName", List.of("c.position"));
        assertThat(query.defaultOrder()).containsExactly("d.decidedOn desc");
    }

    private static PaymentLine line(Long category, long amount) {
        return new PaymentLine(
                "Lê Văn Bảo",
                LocalDate.of(1944, 3, 5),
                "079144000123",
                "Người khuyết tật nặng",
                category,
                500_000,
                new BigDecimal("1.5"),
                amount,
                "45/QĐ-UBND");
    }

    private static List<Object> values(RegistrySheet<PaymentLine> sheet, PaymentLine line) {
        return sheet.columns().stream().map(c -> (Object) c.value().apply(line)).toList();
    }
}
