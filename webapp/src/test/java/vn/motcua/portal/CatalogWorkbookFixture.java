package vn.motcua.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Catalog workbooks as a province would fill them in: {@code count} procedures (codes {@code <prefix>.000001}…) with
 * two documents each, a fee for every other one and a process of their own for every tenth; optionally exactly three
 * bad rows: an unknown sector (procedure 50), a statutory time of 2,3 days (procedure 100), and a document of an
 * unknown copy kind (procedure 150, whose other rows are fine).
 */
final class CatalogWorkbookFixture {

    static final String[] SECTORS = {"IT-BCXB", "IT-BTXH", "IT-DUONGBO"};
    static final String[] AGENCIES = {"000.00.12.H99", "000.00.13.H99", "000.00.14.H99", "000.31.02.H99"};

    /** The Excel lines of the three bad rows when {@code withBadRows}: (sheet, line). */
    static final int BAD_SECTOR_LINE = 51;

    static final int BAD_DAYS_LINE = 101;
    /** Documents sheet: two rows per procedure, procedure n's second document on line 2n + 1. */
    static final int BAD_DOCUMENT_LINE = 2 * 150 + 1;

    private CatalogWorkbookFixture() {}

    static String code(String prefix, int n) {
        return "%s.%06d".formatted(prefix, n);
    }

    static byte[] workbook(String prefix, int count, boolean withBadRows) {
        try (var workbook = new SXSSFWorkbook(100)) {
            Sheet procedures = sheet(
                    workbook,
                    "Thủ tục",
                    "Mã TTHC",
                    "Tên thủ tục",
                    "Mã lĩnh vực",
                    "Mã cơ quan giải quyết",
                    "Thời hạn (ngày làm việc)",
                    "Mức độ",
                    "Kết quả",
                    "Căn cứ pháp lý");
            Sheet documents =
                    sheet(workbook, "Thành phần hồ sơ", "Mã TTHC", "Tên giấy tờ", "Loại bản", "Số lượng", "Bắt buộc");
            Sheet fees = sheet(workbook, "Phí, lệ phí", "Mã TTHC", "Tên", "Loại", "Số tiền (đồng)", "Thời điểm thu");
            Sheet steps =
                    sheet(workbook, "Quy trình", "Mã TTHC", "Bước", "Vai trò", "Số ngày", "Thao tác", "Nơi thực hiện");
            int documentLine = 1;
            int feeLine = 1;
            int stepLine = 1;
            for (int n = 1; n <= count; n++) {
                String code = code(prefix, n);
                boolean ownProcess = n % 10 == 0;
                String sector = withBadRows && n == 50 ? "KHONGCO" : SECTORS[n % SECTORS.length];
                String days = withBadRows && n == 100 ? "2,3" : ownProcess ? "5" : n % 2 == 0 ? "10" : "0,5";
                row(
                        procedures,
                        n,
                        code,
                        "Thủ tục thử nghiệm số " + n + " – cấp, gia hạn giấy phép",
                        sector,
                        AGENCIES[n % AGENCIES.length],
                        days,
                        List.of("Toàn trình", "Một phần", "Trực tiếp").get(n % 3),
                        "Giấy phép",
                        "Luật số " + n + "/2025/QH15");
                row(documents, documentLine++, code, "Tờ khai đề nghị (mẫu 01)", "Bản chính", "1", "Có");
                row(
                        documents,
                        documentLine++,
                        code,
                        "Căn cước của người đề nghị",
                        withBadRows && n == 150 ? "Bản phô tô" : "Bản sao chứng thực",
                        "1",
                        "Không");
                if (n % 2 == 0) {
                    row(fees, feeLine++, code, "Lệ phí cấp giấy phép", "Lệ phí", "150000", "Khi tiếp nhận");
                }
                if (ownProcess) {
                    row(
                            steps,
                            stepLine++,
                            code,
                            "Tiếp nhận hồ sơ",
                            "COUNTER_OFFICER",
                            "0,5",
                            "Chuyển bước tiếp",
                            "Bộ phận một cửa");
                    row(
                            steps,
                            stepLine++,
                            code,
                            "Thẩm định",
                            "PROCESSING_OFFICER",
                            "3.5",
                            "Chuyển bước tiếp, Yêu cầu bổ sung",
                            "");
                    row(steps, stepLine++, code, "Phê duyệt", "LEADER", "1", "Phê duyệt, Trả lại bước trước", "");
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        return sheet;
    }

    private static void row(Sheet sheet, int at, String... cells) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && cells[i].matches("\\d+(\\.\\d+)?")) {
                row.createCell(i).setCellValue(Double.parseDouble(cells[i])); // numbers as numbers, as Excel would
            } else {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
