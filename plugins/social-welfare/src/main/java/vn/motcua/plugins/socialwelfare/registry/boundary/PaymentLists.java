package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.Map;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.registry.control.PaymentLine;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryExport;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The monthly payment list (danh sách chi trả trợ cấp xã hội hàng tháng) of the agencies in the officer's scope:
 * everyone whose allowance runs that month, at the rates in force that month, exported by the core's registry
 * service (read a page at a time, streamed into the workbook, kept to the scope).
 */
@ApplicationScoped
public class PaymentLists {

    static final String AMOUNT = "Số tiền (đồng)";

    @Inject
    Registries registries;

    @Inject
    OfficerContext officer;

    @Inject
    RateBook rates;

    /** Writes the month's list as .xlsx to the stream; answers the number of people and the total in đồng. */
    @RequiresPermissions(SocialWelfarePlugin.PAYMENT_EXPORT)
    public Registry.MonthTotal write(YearMonth month, OutputStream out) {
        RegistryExport written =
                registries.export(query(month), sheet(month, officer.displayName(), rates.quotes(month)), out);
        return new Registry.MonthTotal(month, written.rows(), written.total(AMOUNT));
    }

    /** The month's list as a file, complete before any byte of it is sent (for the download servlet). */
    @RequiresPermissions(SocialWelfarePlugin.PAYMENT_EXPORT)
    public RegistryFile download(YearMonth month) {
        return registries.download(
                "chi-tra-tro-cap-" + month, query(month), sheet(month, officer.displayName(), rates.quotes(month)));
    }

    /** Who is paid in the month, by name. */
    static RegistryQuery<PaymentLine> query(YearMonth month) {
        return RegistryQuery.select(
                        PaymentLine.class,
                        "new vn.motcua.plugins.socialwelfare.registry.control.PaymentLine(b.fullName, b.birthDate,"
                                + " b.idNumber, c.name, b.categoryId, b.baseLevel, b.coefficient, b.amount, d.number)",
                        "SocialWelfareBeneficiary b, SocialWelfareBeneficiaryCategory c, SocialWelfareDecision d")
                .scopedBy("b.agencyId")
                .identifiedBy("b.id")
                .readableWith(SocialWelfarePlugin.PAYMENT_EXPORT)
                .where("c.id = b.categoryId and d.id = b.decisionId")
                .where(
                        "b.startMonth <= :month and (b.endMonth is null or b.endMonth >= :month)",
                        "month",
                        month.atDay(1))
                .orderedBy("b.fullName");
    }

    /** The list's layout: title lines, a numbered table, the amounts at the month's rates, the total line. */
    static RegistrySheet<PaymentLine> sheet(YearMonth month, String preparedBy, Map<Long, AllowanceQuote> quotes) {
        return RegistrySheet.<PaymentLine>named("Chi trả")
                .title(
                        "DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HÀNG THÁNG",
                        "Tháng " + Months.text(month),
                        "Người lập: " + (preparedBy == null ? "" : preparedBy))
                .numbered("STT")
                .text("Họ và tên", PaymentLine::fullName)
                .width(28)
                .date("Ngày sinh", PaymentLine::birthDate)
                .width(12)
                .text("Số định danh cá nhân", PaymentLine::idNumber)
                .width(16)
                .text("Đối tượng", PaymentLine::categoryName)
                .width(48)
                .money(
                        "Mức chuẩn (đồng)",
                        l -> quote(quotes, l) == null
                                ? l.baseLevel()
                                : quote(quotes, l).baseLevel())
                .width(14)
                .number(
                        "Hệ số",
                        l -> quote(quotes, l) == null
                                ? l.coefficient()
                                : quote(quotes, l).coefficient())
                .width(8)
                .money(
                        AMOUNT,
                        l -> quote(quotes, l) == null
                                ? l.amount()
                                : quote(quotes, l).amount())
                .width(14)
                .summed()
                .text("Quyết định số", PaymentLine::decisionNumber)
                .width(16)
                .text("Ký nhận", l -> null)
                .width(14)
                .totalLine("Tổng cộng: {0} người");
    }

    private static AllowanceQuote quote(Map<Long, AllowanceQuote> quotes, PaymentLine line) {
        return line.categoryId() == null ? null : quotes.get(line.categoryId());
    }
}
