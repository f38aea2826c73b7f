package vn.motcua.plugins.licensing.licence.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.LicenceRevocation;
import vn.motcua.plugins.licensing.licence.entity.Publication;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;

/**
 * The text of the documents the plugin issues, laid out by the core's {@code ResultRenderer}: the licence (new or
 * amended) and the revocation decision. They are Vietnamese legal documents whatever language the officer's screen
 * uses, so the text is here and not in the message bundle.
 */
public final class LicenceSheets {

    private static final String SIGNER = "GIÁM ĐỐC";

    private LicenceSheets() {}

    /**
     * The licence just issued.
     *
     * @param amended the licence an amendment replaces, or {@code null} for a new licence
     * @param changes what the amendment changes, or {@code null}
     */
    public static ResultSheet licence(
            Licence licence, Licence amended, String changes, DossierSnapshot dossier, ResultContext context) {
        Publication p = licence.getPublication();
        String agency = dossier.decidingAgencyName();
        var body = new ArrayList<String>();
        body.add(
                licence.getKind() == LicenceKind.BULLETIN
                        ? "Căn cứ Luật Báo chí năm 2016 và các văn bản quy định chi tiết, hướng dẫn thi hành;"
                        : "Căn cứ Luật Xuất bản năm 2012 và các văn bản quy định chi tiết, hướng dẫn thi hành;");
        body.add("Căn cứ chức năng, nhiệm vụ, quyền hạn của " + agency + ";");
        body.add("Xét hồ sơ số " + dossier.code() + " của " + licence.getHolderName() + ",");
        body.add(agency.toUpperCase(new Locale("vi")) + " CHO PHÉP:");
        body.add("- Cơ quan, tổ chức: " + licence.getHolderName());
        if (licence.getHolderAddress() != null && !licence.getHolderAddress().isBlank()) {
            body.add("- Địa chỉ: " + licence.getHolderAddress());
        }
        body.add("- Mã số thuế / số định danh: " + licence.getHolderIdNumber());
        body.add((licence.getKind() == LicenceKind.BULLETIN ? "Được xuất bản bản tin: " : "Được xuất bản tài liệu: ")
                + p.getPublicationName());
        body.add("- Mục đích xuất bản: " + p.getPurpose());
        body.add("- Kỳ hạn xuất bản: " + p.getPeriodicity().printed());
        body.add("- Số trang: " + p.getPages() + "; số lượng in: " + p.getCopies() + " bản mỗi kỳ");
        body.add("- Ngôn ngữ thể hiện: " + p.getLanguages());
        body.add("- Nơi in: " + p.getPrintingHouseName() + ", " + p.getPrintingHouseAddress());
        body.add("- Người chịu trách nhiệm xuất bản: " + p.getResponsiblePerson());
        if (amended != null) {
            body.add("Nội dung sửa đổi, bổ sung: " + changes);
            body.add("Giấy phép này thay thế Giấy phép số " + amended.getNumber() + " cấp ngày "
                    + LicenceRules.date(amended.getIssuedOn()) + "; thời hạn không thay đổi.");
        }
        body.add("Giấy phép có giá trị đến hết ngày " + LicenceRules.date(licence.getExpiresOn()) + ".");
        body.add(licence.getHolderName()
                + " có trách nhiệm thực hiện đúng nội dung giấy phép và các quy định của pháp luật về "
                + (licence.getKind() == LicenceKind.BULLETIN ? "báo chí." : "xuất bản."));
        return new ResultSheet(
                licence.getAgencyId(),
                licence.getNumber(),
                licence.getIssuedOn(),
                licence.getKind().printed().toUpperCase(new Locale("vi")),
                amended == null
                        ? null
                        : "(Sửa đổi, bổ sung Giấy phép số " + amended.getNumber() + " ngày "
                                + LicenceRules.date(amended.getIssuedOn()) + ")",
                body,
                SIGNER,
                context.approverName(),
                context.lookupUrl());
    }

    /** The decision that revokes a bulletin licence. */
    public static ResultSheet revocation(
            LicenceRevocation revocation, Licence licence, DossierSnapshot dossier, ResultContext context) {
        String agency = dossier.decidingAgencyName();
        List<String> body = List.of(
                "Căn cứ Luật Báo chí năm 2016 và các văn bản quy định chi tiết, hướng dẫn thi hành;",
                "Căn cứ chức năng, nhiệm vụ, quyền hạn của " + agency + ";",
                "Xét hồ sơ số " + dossier.code() + ",",
                ResultSheet.HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Thu hồi Giấy phép xuất bản bản tin số " + licence.getNumber() + " cấp ngày "
                        + LicenceRules.date(licence.getIssuedOn()) + " cho " + licence.getHolderName()
                        + " (bản tin \"" + licence.getPublication().getPublicationName() + "\").",
                "Lý do thu hồi: " + revocation.getReason(),
                "Điều 2. Kể từ ngày quyết định có hiệu lực, " + licence.getHolderName()
                        + " chấm dứt việc xuất bản bản tin nêu tại Điều 1.",
                "Điều 3. Quyết định có hiệu lực kể từ ngày ký.");
        return new ResultSheet(
                revocation.getAgencyId(),
                revocation.getDecisionNumber(),
                revocation.getDecidedOn(),
                "QUYẾT ĐỊNH",
                "Về việc thu hồi Giấy phép xuất bản bản tin số " + licence.getNumber(),
                body,
                SIGNER,
                context.approverName(),
                context.lookupUrl());
    }

    /** A download name without accents or slashes: {@code 12/GP-STTTT} → {@code giay-phep-12-GP-STTTT.pdf}. */
    public static String fileName(String prefix, String number) {
        String plain = Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return prefix + "-" + plain + ".pdf";
    }
}
