package ${package}.control;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;

/** The text of the result document; the core's ResultRenderer lays it out (header, motto, QR code) as PDF. */
public final class ${classPrefix}Sheets {

    /** The document's name, as the dossier screen and the applicant see it. */
    public static final String TITLE = "${title}";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ${classPrefix}Sheets() {}

    public static ResultSheet sheet(
            ${classPrefix}Application details, DossierSnapshot dossier, ResultContext context, String number) {
        String address = dossier.applicantAddress() == null ? "" : dossier.applicantAddress();
        return new ResultSheet(
                dossier.decidingAgencyId(),
                number,
                context.approvedAt().toLocalDate(),
                TITLE.toUpperCase(new Locale("vi")),
                null,
                List.of(
                        "Cấp cho: " + dossier.applicantName(),
                        "- Số định danh: " + dossier.applicantIdNumber(),
                        "- Địa chỉ: " + address,
                        "- Nội dung: " + details.getSubject(),
                        "- Số lượng: " + details.getQuantity(),
                        "- Có hiệu lực từ ngày: " + details.getStartDate().format(DATE),
                        "Hồ sơ số " + dossier.code() + "."),
                "GIÁM ĐỐC",
                context.approverName(),
                context.lookupUrl());
    }

    /** A download name with plain letters only: {@code 12/${resultSymbol}-SGTVT} → {@code ${pluginId}-12-${resultSymbol}-SGTVT.pdf}. */
    public static String fileName(String pluginId, String number) {
        String plain = Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-");
        return pluginId + "-" + plain + ".pdf";
    }
}
