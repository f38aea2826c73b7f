package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RegistryWorkbookTest {

    @Test
    void everyLicenceIsARowUnderTranslatedHeadingsWithItsStatusOfToday() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 22);
        var valid = TestLicences.bulletin(LocalDate.of(2026, 3, 15));
        var expired = TestLicences.bulletin(LocalDate.of(2020, 1, 10));
        var out = new ByteArrayOutputStream();
        try (var workbook = new RegistryWorkbook(key -> "«" + key.substring(key.lastIndexOf('.') + 1) + "»", today)) {
            workbook.add(valid);
            workbook.add(expired);
            assertThat(workbook.rows()).isEqualTo(2);
            workbook.write(out);
        }
        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = read.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("«title»");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("«number»");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("«status»");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("12/GP-STTTT");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Bản tin Thông tin Thái Hòa");
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(24);
            assertThat(sheet.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2031, 3, 14));
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("«VALID»");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("«EXPIRED»");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("000.00.12.H99-260315-0001");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
