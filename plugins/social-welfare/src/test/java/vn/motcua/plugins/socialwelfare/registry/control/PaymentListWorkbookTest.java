package vn.motcua.plugins.socialwelfare.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Excel payment list read back: title, one row per beneficiary, the total. */
class PaymentListWorkbookTest {

    @Test
    void everyBeneficiaryIsALineAndTheLastLineIsTheTotal() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new PaymentListWorkbook(YearMonth.of(2027, 1), "Đỗ Thị Mai")) {
            workbook.add(line("Lê Văn Bảo", new BigDecimal("1.5"), 750_000));
            workbook.add(line("Nguyễn Thị Cúc", new BigDecimal("2.5"), 1_250_000));
            for (int i = 0; i < 250; i++) { // past the streaming window of 100 rows
                workbook.add(line("Người " + i, BigDecimal.ONE, 500_000));
            }
            workbook.finish(out);
            assertThat(workbook.total()).isEqualTo(750_000 + 1_250_000 + 250 * 500_000L);
        }

        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HÀNG THÁNG");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tháng 01/2027");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Người lập: Đỗ Thị Mai");
            var header = sheet.getRow(PaymentListWorkbook.HEADER_ROW);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Số tiền (đồng)");
            var first = sheet.getRow(PaymentListWorkbook.HEADER_ROW + 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Lê Văn Bảo");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("05/03/1944");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1.5);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(750_000);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("45/QĐ-UBND");
            var total = sheet.getRow(PaymentListWorkbook.HEADER_ROW + 253);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng: 252 người");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(127_000_000);
            assertThat(sheet.getLastRowNum()).isEqualTo(PaymentListWorkbook.HEADER_ROW + 253);
        }
    }

    private static PaymentLine line(String name, BigDecimal coefficient, long amount) {
        return new PaymentLine(
                name,
                LocalDate.of(1944, 3, 5),
                "079144000123",
                "Người khuyết tật nặng",
                500_000,
                coefficient,
                amount,
                "45/QĐ-UBND");
    }
}
