package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A typical dossier of the demo province as a counter prints it: eight documents with their real (long) names, the
 * Provincial People's Committee over the service centre in the header, six hand-overs on the control sheet, the
 * portal's real lookup address. Every form must fit on one A4 page, the header must keep the province's name on one
 * line and the lookup address must not be justified across the line.
 */
class TypicalDossierFormsTest {
    static final String CODE = "000.00.02.H99-261207-0012";
    static final String LOOKUP =
            "https://dichvucong.thaihoa.gov.vn/motcua/public/lookup.xhtml?code=" + CODE + "&secret=K7Q2M9XDPA";
    static final FormSheet.AgencyHeader HEADER = new FormSheet.AgencyHeader(
            "Ủy ban nhân dân tỉnh Thái Hòa", "Trung tâm Phục vụ hành chính công tỉnh", "Thái Hòa", "0299 3800 555");
    static final List<FormSheet.DocumentLine> EIGHT_DOCUMENTS = List.of(
            new FormSheet.DocumentLine(
                    "Đơn đề nghị cấp giấy phép hoạt động in xuất bản phẩm (Mẫu số 01 Thông tư 01/2020/TT-BTTTT)",
                    "Bản chính",
                    1),
            new FormSheet.DocumentLine(
                    "Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập cơ sở in",
                    "Bản sao có chứng thực",
                    1),
            new FormSheet.DocumentLine(
                    "Tài liệu chứng minh quyền sử dụng hợp pháp mặt bằng sản xuất", "Bản sao có chứng thực", 1),
            new FormSheet.DocumentLine(
                    "Danh mục thiết bị in kèm theo bản sao chứng từ sở hữu thiết bị", "Bản chính", 1),
            new FormSheet.DocumentLine(
                    "Bản sao văn bằng tốt nghiệp của người đứng đầu cơ sở in", "Bản sao có chứng thực", 1),
            new FormSheet.DocumentLine(
                    "Sơ yếu lý lịch của người đứng đầu cơ sở in có xác nhận của cơ quan quản lý", "Bản chính", 1),
            new FormSheet.DocumentLine(
                    "Giấy tờ chứng minh đủ điều kiện về an ninh, trật tự và bảo vệ môi trường",
                    "Bản sao có chứng thực",
                    1),
            new FormSheet.DocumentLine("Giấy ủy quyền nộp hồ sơ (trường hợp được ủy quyền)", "Bản chính", 1));
    static final List<FormSheet.HandOver> HAND_OVERS = List.of(
            handOver(
                    "Tiếp nhận hồ sơ",
                    "Trần Văn Bình – Bộ phận một cửa",
                    "Nguyễn Minh Tuấn – Phòng Báo chí - Xuất bản",
                    7),
            handOver(
                    "Phân công xử lý",
                    "Nguyễn Minh Tuấn – Phòng Báo chí - Xuất bản",
                    "Lê Thu Hà – Phòng Báo chí - Xuất bản",
                    8),
            handOver("Thẩm định hồ sơ", "Lê Thu Hà – Phòng Báo chí - Xuất bản", "Nguyễn Minh Tuấn – Trưởng phòng", 10),
            handOver("Trình ký", "Nguyễn Minh Tuấn – Trưởng phòng", "Phạm Quốc Việt – Lãnh đạo Sở", 11),
            handOver("Phê duyệt kết quả", "Phạm Quốc Việt – Lãnh đạo Sở", "Trần Văn Bình – Bộ phận một cửa", 14),
            handOver("Trả kết quả", "Trần Văn Bình – Bộ phận một cửa", "Nguyễn Thị Hường – người nộp hồ sơ", 15));

    static FormSheet.HandOver handOver(String step, String from, String to, int day) {
        LocalDateTime at = LocalDateTime.of(2026, 12, day, 9, 30);
        return new FormSheet.HandOver(step, from, to, at, at.plusHours(6), "Đúng hạn", "Đã đối chiếu bản gốc");
    }

    static FormSheet sheet(FormKind kind) {
        LocalDateTime received = LocalDateTime.of(2026, 12, 7, 9, 30);
        return new FormSheet(
                kind,
                HEADER,
                LocalDate.of(2026, 12, 7),
                CODE,
                LOOKUP,
                new FormSheet.Applicant(
                        "Công ty TNHH In và Thương mại Đông Thành (Nguyễn Thị Hường, giám đốc)",
                        "038187004512",
                        "Số 125 đường Trần Hưng Đạo, tổ dân phố 7, phường Đông Thành, tỉnh Thái Hòa",
                        "0912 345 678",
                        "huong.nguyen@inthuongmai-dongthanh.vn"),
                "Cấp giấy phép hoạt động in xuất bản phẩm",
                received,
                received.plusDays(10),
                received.plusDays(17),
                "Cần xin ý kiến phối hợp của Công an tỉnh về điều kiện an ninh, trật tự của cơ sở in",
                List.of(
                        "Giấy chứng nhận đăng ký doanh nghiệp chưa được chứng thực",
                        "Danh mục thiết bị in chưa kèm chứng từ sở hữu thiết bị",
                        "Đơn đề nghị chưa có chữ ký và đóng dấu của người đứng đầu cơ sở in"),
                EIGHT_DOCUMENTS,
                EIGHT_DOCUMENTS.stream().map(FormSheet.DocumentLine::name).toList(),
                HAND_OVERS,
                "Trần Văn Bình",
                "Quầy Sở Thông tin và Truyền thông - Trung tâm PVHCC, 05 Lê Lợi, phường Đông Thành",
                new FormSheet.ReceiptDetails(
                        1,
                        "10 ngày làm việc",
                        "Phí thẩm định: 1.500.000 đồng; lệ phí cấp giấy phép: 500.000 đồng",
                        "Quyển số 02, số thứ tự 0012"));
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void aTypicalDossierOfEightDocumentsFitsOnOneA4Page(FormKind kind) throws IOException {
        byte[] pdf = new FormRenderer().render(sheet(kind), DefaultTemplates.of(kind));
        PdfProbe.keep(pdf, "typical-" + kind.resourceName());
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages())
                    .as("pages of form %s", kind.number())
                    .isEqualTo(1);
        } finally {
            reader.close();
        }
        PdfProbe probe = PdfProbe.of(pdf);
        assertThat(probe.text()).as("the province's name is never broken").contains("TỈNH THÁI HÒA");
        assertThat(probe.qr()).isEqualTo(LOOKUP);
    }
}
