package vn.motcua.dossier.printing.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A made-up dossier to preview a template with before it prints real ones: every field and block filled, so an admin
 * sees where each value lands. Names and numbers are obviously fictional ("hồ sơ mẫu"); the dates are around today.
 */
public final class SampleSheets {

    private SampleSheets() {}

    /**
     * The sample dossier as the given form shows it.
     *
     * @param kind the form
     * @param placeName the place of the date line (the province's setting)
     * @param publicBaseUrl the portal's public address, for the QR code
     * @param today the date of the form
     */
    public static FormSheet of(FormKind kind, String placeName, String publicBaseUrl, LocalDate today) {
        String code = "000.00.00.H00-" + today.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-0000";
        LocalDateTime received = today.atTime(LocalTime.of(9, 30));
        LocalDateTime due = today.plusDays(14).atTime(LocalTime.of(16, 30));
        return new FormSheet(
                kind,
                new FormSheet.AgencyHeader(
                        "Ủy ban nhân dân tỉnh " + placeName, "Cơ quan tiếp nhận (mẫu)", placeName, "0200 000 000"),
                today,
                code,
                publicBaseUrl + "/public/lookup.xhtml?code=" + code + "&secret=XEMTHU",
                new FormSheet.Applicant(
                        "Nguyễn Văn A (hồ sơ mẫu)",
                        "000000000000",
                        "Số 1, đường Mẫu, phường Mẫu, tỉnh " + placeName,
                        "0900 000 000",
                        "nguoi.nop@example.invalid"),
                "Tên thủ tục hành chính (mẫu)",
                received,
                due,
                due.plusDays(7),
                "Lý do chậm trả kết quả (mẫu)",
                List.of("Lý do thứ nhất (mẫu)", "Lý do thứ hai (mẫu)"),
                List.of(
                        new FormSheet.DocumentLine("Đơn đề nghị (mẫu)", "Bản chính", 1),
                        new FormSheet.DocumentLine("Giấy tờ kèm theo (mẫu)", "Bản sao có chứng thực", 1)),
                List.of("Giấy tờ cần bổ sung thứ nhất (mẫu)", "Giấy tờ cần bổ sung thứ hai (mẫu)"),
                List.of(
                        new FormSheet.HandOver(
                                "Tiếp nhận hồ sơ",
                                "Cán bộ tiếp nhận (mẫu)",
                                "Chuyên viên xử lý (mẫu)",
                                received,
                                received.plusHours(4),
                                "Trước hạn",
                                null),
                        new FormSheet.HandOver(
                                "Thẩm định, xử lý hồ sơ",
                                "Chuyên viên xử lý (mẫu)",
                                "Lãnh đạo phê duyệt (mẫu)",
                                received.plusDays(5),
                                received.plusDays(6),
                                "Đúng hạn",
                                "Ý kiến (mẫu)")),
                "Cán bộ tiếp nhận (mẫu)",
                "Bộ phận một cửa (mẫu)",
                new FormSheet.ReceiptDetails(1, "10 ngày làm việc", "Không thu phí", "Quyển số 01, số thứ tự 0000"));
    }
}
