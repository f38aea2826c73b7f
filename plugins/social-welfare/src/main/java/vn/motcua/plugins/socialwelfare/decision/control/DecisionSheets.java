package vn.motcua.plugins.socialwelfare.decision.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;

/**
 * The text of the plugin's decisions, laid out by the core's {@code ResultRenderer}. A decision is a Vietnamese
 * administrative document whatever the officer's language, so its wording lives here, next to the rules, not in the
 * UI bundles. Plain Java: every input is a value.
 */
public final class DecisionSheets {

    private static final Locale VI = Locale.forLanguageTag("vi");
    static final String DECREE_20 = "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ"
            + " giúp xã hội đối với đối tượng bảo trợ xã hội";
    static final String CIRCULAR_07 = "Thông tư số 07/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội hướng"
            + " dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo";

    private DecisionSheets() {}

    /** The allowance decision: who, which category, how much a month (base level × coefficient), from when. */
    public static ResultSheet allowance(
            DossierSnapshot dossier,
            ResultContext context,
            String number,
            AllowanceApplication details,
            String categoryName,
            AllowanceQuote quote,
            YearMonth startMonth) {
        String agency = dossier.decidingAgencyName();
        var body = new ArrayList<String>();
        body.add(Issuers.signerTitle(agency) + " " + agency.toUpperCase(VI));
        var bases = new LinkedHashSet<String>();
        bases.add("Căn cứ " + DECREE_20 + ";");
        bases.add("Căn cứ " + quote.baseLegalBasis() + " về mức chuẩn trợ giúp xã hội;");
        bases.forEach(body::add);
        body.add("Xét đề nghị của ông/bà " + dossier.applicantName() + " tại hồ sơ số " + dossier.code() + ".");
        body.add(ResultSheet.HEADING + "QUYẾT ĐỊNH:");
        body.add("Điều 1. Thực hiện trợ cấp xã hội hàng tháng đối với ông/bà " + details.getFullName() + ", sinh ngày "
                + Months.text(details.getBirthDate()) + ", số định danh cá nhân " + details.getIdNumber() + ":");
        body.add("- Đối tượng: " + categoryName + ".");
        body.add("- Mức trợ cấp: " + Months.money(quote.amount()) + " đồng/tháng (mức chuẩn trợ giúp xã hội "
                + Months.money(quote.baseLevel()) + " đồng × hệ số " + Months.coefficient(quote.coefficient())
                + ").");
        body.add("- Thời gian hưởng: từ tháng " + Months.text(startMonth) + ".");
        body.add("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
        body.add("Điều 3. Các bộ phận có liên quan và ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định"
                + " này./.");
        return new ResultSheet(
                dossier.decidingAgencyId(),
                number,
                context.approvedAt().toLocalDate(),
                "QUYẾT ĐỊNH",
                "Về việc thực hiện trợ cấp xã hội hàng tháng",
                body,
                Issuers.signerTitle(agency),
                context.approverName(),
                context.lookupUrl());
    }

    /** The recognition of a poor or near-poor household arising in the year. */
    public static ResultSheet household(
            DossierSnapshot dossier,
            ResultContext context,
            String number,
            HouseholdApplication details,
            DecisionKind kind,
            long povertyLine,
            String povertyLineBasis) {
        String agency = dossier.decidingAgencyName();
        LocalDate day = context.approvedAt().toLocalDate();
        String what = kind == DecisionKind.POOR_HOUSEHOLD ? "hộ nghèo" : "hộ cận nghèo";
        var body = new ArrayList<String>();
        body.add(Issuers.signerTitle(agency) + " " + agency.toUpperCase(VI));
        body.add("Căn cứ " + povertyLineBasis + " quy định chuẩn nghèo đa chiều;");
        body.add("Căn cứ " + CIRCULAR_07 + ";");
        body.add("Xét đề nghị của ông/bà " + dossier.applicantName() + " tại hồ sơ số " + dossier.code() + ".");
        body.add(ResultSheet.HEADING + "QUYẾT ĐỊNH:");
        body.add("Điều 1. Công nhận hộ ông/bà " + details.getHeadName() + " (số định danh cá nhân "
                + details.getHeadIdNumber() + ") là " + what + " phát sinh năm " + day.getYear() + ", khu vực "
                + areaText(details.getArea()) + ":");
        body.add("- Số nhân khẩu: " + details.getHouseholdSize() + "; thu nhập bình quân "
                + Months.money(details.getIncomePerHead()) + " đồng/người/tháng (chuẩn nghèo "
                + Months.money(povertyLine) + " đồng/người/tháng).");
        body.add("- Số chỉ số thiếu hụt dịch vụ xã hội cơ bản: " + details.getDeprivations() + ".");
        body.add("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hộ gia đình được hưởng các chính sách dành cho "
                + what + " theo quy định.");
        body.add("Điều 3. Các bộ phận có liên quan và hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết"
                + " định này./.");
        return new ResultSheet(
                dossier.decidingAgencyId(),
                number,
                day,
                "QUYẾT ĐỊNH",
                "Về việc công nhận " + what + " phát sinh năm " + day.getYear(),
                body,
                Issuers.signerTitle(agency),
                context.approverName(),
                context.lookupUrl());
    }

    public static String title(DecisionKind kind) {
        return switch (kind) {
            case ALLOWANCE -> "Quyết định thực hiện trợ cấp xã hội hàng tháng";
            case POOR_HOUSEHOLD -> "Quyết định công nhận hộ nghèo";
            case NEAR_POOR_HOUSEHOLD -> "Quyết định công nhận hộ cận nghèo";
        };
    }

    static String areaText(Area area) {
        return area == Area.URBAN ? "thành thị" : "nông thôn";
    }
}
