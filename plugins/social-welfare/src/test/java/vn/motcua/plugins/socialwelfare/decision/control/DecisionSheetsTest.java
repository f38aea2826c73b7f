package vn.motcua.plugins.socialwelfare.decision.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdMember;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.procedure.ResultContext;

/** Numbers, issuers and the wording of the decisions. */
class DecisionSheetsTest {

    private static final DossierSnapshot DOSSIER = new DossierSnapshot(
            42,
            "000.31.02.H99-261201-0007",
            "2.000286",
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng",
            DossierState.PENDING_APPROVAL,
            151,
            "Ủy ban nhân dân xã Hòa An",
            151,
            "Ủy ban nhân dân xã Hòa An",
            "Lê Thị Đơn",
            "079190000111",
            "Thôn Trung, xã Hòa An",
            LocalDateTime.of(2026, 12, 1, 9, 0),
            LocalDateTime.of(2026, 12, 15, 17, 0),
            Map.of());
    private static final ResultContext APPROVED = new ResultContext(
            LocalDateTime.of(2026, 12, 10, 10, 30), "Phạm Văn Chủ", "Thái Hòa", "http://x/lookup?code=1&secret=A");

    @Test
    void numbersRunPerAgencyAndCarryTheIssuersSymbol() {
        assertThat(DecisionNumbers.format(45, "UBND")).isEqualTo("45/QĐ-UBND");
        assertThat(Issuers.signerTitle("Ủy ban nhân dân xã Hòa An")).isEqualTo("CHỦ TỊCH");
        assertThat(Issuers.signerTitle("Sở Lao động - Thương binh và Xã hội")).isEqualTo("GIÁM ĐỐC");
        assertThat(Issuers.fileName("quyet-dinh", "45/QĐ-UBND")).isEqualTo("quyet-dinh-45-QD-UBND.pdf");
    }

    @Test
    void theAllowanceDecisionStatesWhoWhichCategoryHowMuchAndFromWhen() {
        var details = new AllowanceApplication();
        details.setFullName("Lê Văn Bảo");
        details.setBirthDate(LocalDate.of(1944, 3, 5));
        details.setIdNumber("079144000123");
        var quote = new AllowanceQuote(
                YearMonth.of(2026, 12),
                500_000,
                "Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ",
                new BigDecimal("1.50"),
                "Khoản 1 Điều 6",
                750_000);

        ResultSheet sheet = DecisionSheets.allowance(
                DOSSIER, APPROVED, "45/QĐ-UBND", details, "Người khuyết tật nặng", quote, YearMonth.of(2027, 1));

        assertThat(sheet.number()).isEqualTo("45/QĐ-UBND");
        assertThat(sheet.issuingAgencyId()).isEqualTo(151);
        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(sheet.title()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(sheet.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(sheet.signerName()).isEqualTo("Phạm Văn Chủ");
        assertThat(sheet.qrContent()).isEqualTo(APPROVED.lookupUrl());
        assertThat(String.join("\n", sheet.body()))
                .startsWith("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN")
                .contains("Căn cứ Nghị định số 20/2021/NĐ-CP")
                .contains("Căn cứ Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ về mức chuẩn")
                .contains("hồ sơ số 000.31.02.H99-261201-0007")
                .contains("ông/bà Lê Văn Bảo, sinh ngày 05/03/1944, số định danh cá nhân 079144000123")
                .contains("- Đối tượng: Người khuyết tật nặng.")
                .contains("- Mức trợ cấp: 750.000 đồng/tháng (mức chuẩn trợ giúp xã hội 500.000 đồng × hệ số 1,5).")
                .contains("- Thời gian hưởng: từ tháng 01/2027.");
        assertThat(DecisionSheets.title(DecisionKind.ALLOWANCE))
                .isEqualTo("Quyết định thực hiện trợ cấp xã hội hàng tháng");
    }

    @Test
    void theHouseholdDecisionSaysPoorOrNearPoorAgainstTheLine() {
        var details = new HouseholdApplication();
        details.setHeadName("Trần Văn Hộ");
        details.setHeadIdNumber("079180000456");
        details.setArea(Area.URBAN);
        details.setDeprivations(1);
        details.getMembers().add(new HouseholdMember("Trần Văn Hộ", "Chủ hộ", 1980, 2_000_000L));
        details.getMembers().add(new HouseholdMember("Trần Thị Con", "Con", 2015, 0L));

        ResultSheet sheet = DecisionSheets.household(
                DOSSIER,
                APPROVED,
                "46/QĐ-UBND",
                details,
                DecisionKind.NEAR_POOR_HOUSEHOLD,
                2_000_000,
                "Điều 3 Nghị định số 07/2021/NĐ-CP");

        assertThat(sheet.subtitle()).isEqualTo("Về việc công nhận hộ cận nghèo phát sinh năm 2026");
        assertThat(String.join("\n", sheet.body()))
                .contains("Công nhận hộ ông/bà Trần Văn Hộ (số định danh cá nhân 079180000456) là hộ cận nghèo")
                .contains("khu vực thành thị")
                .contains("Số nhân khẩu: 2; thu nhập bình quân 1.000.000 đồng/người/tháng (chuẩn nghèo 2.000.000")
                .contains("Căn cứ Điều 3 Nghị định số 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều;");
    }
}
