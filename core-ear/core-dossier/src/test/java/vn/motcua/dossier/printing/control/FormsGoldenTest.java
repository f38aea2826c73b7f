package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Prints each of the five forms for one fixed dossier with the built-in templates and reads them back: the text a
 * person sees (with its diacritics), the paper size, the embedded font, and what a phone reads from the QR code.
 */
class FormsGoldenTest {
    static final String CODE = "000.00.12.H55-261122-0007";
    static final String LOOKUP = "https://motcua.thaihoa.gov.vn/tra-cuu?ma=" + CODE + "&bimat=K7Q2-M9XD";

    static final FormSheet.AgencyHeader HEADER = new FormSheet.AgencyHeader(
            "UBND tỉnh Thái Hòa", "Trung tâm Phục vụ hành chính công tỉnh", "Thái Hòa", "0239 3855 123");
    static final FormSheet.Applicant APPLICANT = new FormSheet.Applicant(
            "Nguyễn Thị Hường",
            "038187004512",
            "Số 12 đường Lê Lợi, phường Đông Sơn, tỉnh Thái Hòa",
            "0912 345 678",
            "huong.nguyen@example.vn");
    static final List<FormSheet.DocumentLine> DOCUMENTS = List.of(
            new FormSheet.DocumentLine("Tờ khai đề nghị cấp giấy phép xuất bản bản tin", "Bản chính", 1),
            new FormSheet.DocumentLine("Quyết định thành lập của cơ quan, tổ chức", "Bản sao có chứng thực", 1),
            new FormSheet.DocumentLine("Mẫu trình bày tên gọi và măng-sét bản tin", "Bản chính", 2));
    static final List<FormSheet.HandOver> HAND_OVERS = List.of(
            new FormSheet.HandOver(
                    "Tiếp nhận hồ sơ",
                    "Trần Văn Bình – Bộ phận một cửa",
                    "Lê Thu Hà – Phòng Báo chí, Xuất bản",
                    at(2026, 11, 22, 14, 5),
                    at(2026, 11, 23, 17, 0),
                    "Trước hạn",
                    null),
            new FormSheet.HandOver(
                    "Thẩm định hồ sơ",
                    "Lê Thu Hà – Phòng Báo chí, Xuất bản",
                    "Phạm Quốc Việt – Lãnh đạo Sở",
                    at(2026, 11, 30, 16, 45),
                    at(2026, 11, 30, 17, 0),
                    "Đúng hạn",
                    "Đã đối chiếu bản gốc"),
            new FormSheet.HandOver(
                    "Phê duyệt kết quả",
                    "Phạm Quốc Việt – Lãnh đạo Sở",
                    "Trần Văn Bình – Bộ phận một cửa",
                    at(2026, 12, 3, 9, 20),
                    at(2026, 12, 2, 17, 0),
                    "Quá hạn",
                    "Chờ ý kiến phối hợp"));

    static final Map<FormKind, PdfProbe> PRINTED = new EnumMap<>(FormKind.class);

    static LocalDateTime at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min);
    }

    static FormSheet sheet(FormKind kind) {
        return new FormSheet(
                kind,
                HEADER,
                LocalDate.of(2026, 11, 22),
                CODE,
                LOOKUP,
                APPLICANT,
                "Cấp giấy phép xuất bản bản tin (trong nước)",
                at(2026, 11, 22, 14, 5),
                at(2026, 12, 4, 16, 0),
                at(2026, 12, 11, 8, 0),
                "Cần xin ý kiến phối hợp của Cục Báo chí",
                List.of("Thiếu bản sao quyết định thành lập", "Tờ khai chưa có chữ ký của người đứng đầu"),
                DOCUMENTS,
                List.of("Bản sao có chứng thực quyết định thành lập", "Tờ khai có chữ ký và đóng dấu"),
                HAND_OVERS,
                "Trần Văn Bình",
                "Trung tâm Phục vụ hành chính công tỉnh, quầy số 4",
                new FormSheet.ReceiptDetails(1, "10 ngày làm việc", "Không thu phí", "Quyển số 02, số thứ tự 0007"));
    }

    @BeforeAll
    static void print() {
        FormRenderer renderer = new FormRenderer();
        for (FormKind kind : FormKind.values()) {
            byte[] pdf = renderer.render(sheet(kind), DefaultTemplates.of(kind));
            PdfProbe.keep(pdf, kind.resourceName());
            PRINTED.put(kind, PdfProbe.of(pdf));
        }
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void everyFormIsOneA4PortraitPageWithTheHeaderCodeAndTheEmbeddedFont(FormKind kind) {
        PdfProbe pdf = PRINTED.get(kind);
        assertThat(pdf.pages()).isEqualTo(1);
        PDRectangle page = pdf.pageSizes().get(0);
        assertThat(page.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.fonts()).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
        assertThat(pdf.embedded()).containsOnly(true);
        assertThat(pdf.flatText())
                .contains(
                        "UBND TỈNH THÁI HÒA",
                        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Thái Hòa, ngày 22 tháng 11 năm 2026",
                        "Mẫu số " + kind.number() + " – Thông tư 01/2018/TT-VPCP",
                        "Mã hồ sơ: " + CODE,
                        "Cấp giấy phép xuất bản bản tin (trong nước)");
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void theQrCodeReadsAsTheLookupAddress(FormKind kind) {
        assertThat(PRINTED.get(kind).qr()).isEqualTo(LOOKUP);
    }

    @Test
    void receiptListsTheApplicantTheDocumentsAndTheAppointment() {
        assertThat(PRINTED.get(FormKind.RECEIPT).flatText())
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Tiếp nhận hồ sơ của: Nguyễn Thị Hường",
                        "Số giấy tờ tùy thân: 038187004512",
                        "Địa chỉ: Số 12 đường Lê Lợi, phường Đông Sơn, tỉnh Thái Hòa",
                        "huong.nguyen@example.vn",
                        "1 Tờ khai đề nghị cấp giấy phép xuất bản bản tin Bản chính 1",
                        "2 Quyết định thành lập của cơ quan, tổ chức Bản sao có chứng thực 1",
                        "3 Mẫu trình bày tên gọi và măng-sét bản tin Bản chính 2",
                        "2. Số lượng hồ sơ: 1 (bộ)",
                        "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                        "4. Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 22/11/2026",
                        "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 04/12/2026",
                        "6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công tỉnh, quầy số 4",
                        "Quyển số 02, số thứ tự 0007",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ",
                        "(Ký và ghi rõ họ tên)",
                        "Trần Văn Bình");
    }

    @Test
    void supplementRequestListsWhatIsMissingAndWhy() {
        assertThat(PRINTED.get(FormKind.SUPPLEMENT_REQUEST).flatText())
                .contains(
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        "Hồ sơ của: Nguyễn Thị Hường",
                        "Ngày nhận hồ sơ: 22/11/2026",
                        "1. Bản sao có chứng thực quyết định thành lập",
                        "2. Tờ khai có chữ ký và đóng dấu",
                        "1. Thiếu bản sao quyết định thành lập",
                        "2. Tờ khai chưa có chữ ký của người đứng đầu",
                        "số điện thoại 0239 3855 123",
                        "NGƯỜI HƯỚNG DẪN");
    }

    @Test
    void refusalGivesTheReasons() {
        assertThat(PRINTED.get(FormKind.REFUSAL).flatText())
                .contains(
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "tiếp nhận hồ sơ của: Nguyễn Thị Hường",
                        "từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
                        "1. Thiếu bản sao quyết định thành lập",
                        "2. Tờ khai chưa có chữ ký của người đứng đầu",
                        "Xin thông báo để Ông/Bà được biết và thực hiện./.");
    }

    @Test
    void apologyGivesTheReasonAndTheNewAppointment() {
        assertThat(PRINTED.get(FormKind.APOLOGY).flatText())
                .contains(
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                        "Kính gửi: Ông/Bà Nguyễn Thị Hường",
                        "Ngày 22/11/2026, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận",
                        "Thời hạn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 04/12/2026",
                        "Lý do: Cần xin ý kiến phối hợp của Cục Báo chí",
                        "vào 08 giờ 00 phút, ngày 11/12/2026",
                        "Xin trân trọng cảm ơn./.");
    }

    @Test
    void controlSheetRecordsEveryHandOverAndItsVerdict() {
        String text = PRINTED.get(FormKind.CONTROL_SHEET).flatText();
        assertThat(text)
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Tên người nộp hồ sơ: Nguyễn Thị Hường",
                        "Kết quả (Trước hạn/ Đúng hạn/ Quá hạn)");
        for (FormSheet.HandOver handOver : HAND_OVERS) {
            assertThat(text)
                    .contains(
                            handOver.stepName(),
                            "Giao: " + handOver.from(),
                            "Nhận: " + handOver.to(),
                            handOver.verdict());
        }
        assertThat(text)
                .contains(
                        "14 giờ 05 phút, ngày 22/11/2026",
                        "16 giờ 45 phút, ngày 30/11/2026",
                        "09 giờ 20 phút, ngày 03/12/2026",
                        "Đã đối chiếu bản gốc",
                        "Chờ ý kiến phối hợp");
        assertThat(text.indexOf("Trước hạn")).isLessThan(text.indexOf("Đúng hạn"));
    }
}
