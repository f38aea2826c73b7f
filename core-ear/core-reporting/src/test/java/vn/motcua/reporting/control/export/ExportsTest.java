package vn.motcua.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.control.RegisterRow;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Tally;

/** The register book and the status table written as files: read back a page at a time, every line in order. */
class ExportsTest {

    private static final RegisterExports.Heading HEADING = new RegisterExports.Heading(
            "Ủy ban nhân dân tỉnh Thái Hòa",
            "Sở Thông tin và Truyền thông",
            "SỔ THEO DÕI HỒ SƠ",
            "Từ ngày 01/11/2026 đến ngày 30/11/2026");

    /** 2,500 lines served 1,000 at a time, each page after the last line of the one before. */
    private static RegisterExports.Pages book(List<RegisterRow> asked) {
        return (last, size) -> {
            long after = last == null ? 0 : last.dossierId();
            List<RegisterRow> page = new ArrayList<>();
            for (long id = after + 1; id <= Math.min(2500, after + size); id++) {
                page.add(new RegisterRow(
                        id,
                        2026,
                        (int) id,
                        "000.00.12.H99-261101-" + id,
                        "Cấp giấy phép",
                        "Nguyễn Văn Ấn " + id,
                        "12 Lê Lợi",
                        "0912",
                        "Sở TTTT",
                        LocalDateTime.parse("2026-11-02T08:00").plusMinutes(id),
                        null,
                        null,
                        null,
                        null,
                        "RECEIVED"));
            }
            asked.addAll(page.isEmpty() ? List.of() : List.of(page.get(0)));
            return page;
        };
    }

    @Test
    void theRegisterBookGoesOutAPageAtATimeWithEveryLine() throws Exception {
        List<RegisterRow> firstOfEachPage = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterExports.excel(HEADING, book(firstOfEachPage), out);
        assertThat(firstOfEachPage).extracting(RegisterRow::dossierId).containsExactly(1L, 1001L, 2001L);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI HỒ SƠ");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(5 + 2500);
            assertThat(sheet.getRow(6 + 2499).getCell(0).getStringCellValue()).isEqualTo("2500");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("Nguyễn Văn Ấn 1");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RegisterExports.pdf(HEADING, book(new ArrayList<>()), pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theStatusTableAsPdfAndExcel() throws Exception {
        Tally t = new Tally().set(Figure.RECEIVED_COUNTER, 3).set(Figure.RESOLVED_LATE, 1);
        List<StatusRow> rows =
                List.of(new StatusRow(110L, "Sở Thông tin và Truyền thông", 0, t), new StatusRow(null, null, 0, t));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        StatusPdf.write(HEADING, rows, key -> key, pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        StatusWorkbook.table("Tình hình", rows, key -> key, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var total = book.getSheetAt(0).getRow(4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("reporting.total");
            assertThat(total.getCell(1 + Figure.RECEIVED_COUNTER.ordinal()).getNumericCellValue())
                    .isEqualTo(3.0);
        }
    }

    @Test
    void aChartIsDescribedInWordsForThoseWhoCannotSeeIt() {
        List<ChartJson.Series> series = List.of(
                new ChartJson.Series("Tiếp nhận", "#2563eb", List.of(12, 7)),
                new ChartJson.Series("Đã giải quyết", "#16a34a", List.of(10)));
        assertThat(ChartJson.describe(List.of("11/2026", "12/2026"), series))
                .isEqualTo("11/2026: Tiếp nhận 12, Đã giải quyết 10; 12/2026: Tiếp nhận 7, Đã giải quyết —");
        assertThat(ChartJson.bars(List.of("11/2026", "12/2026"), series, null))
                .as("a count axis marked in whole numbers")
                .contains("\"ticks\":{\"precision\":0}");
    }

    /** The chart is drawn at once (no growing bars caught half way) and counts show on whole-number ticks. */
    @Test
    void chartsAreDrawnAtOnceWithWholeCounts() {
        String counts = ChartJson.bars(
                List.of("11/2026", "12/2026"),
                List.of(new ChartJson.Series("Tiếp nhận \"<b>\"", "#2563eb", List.of(3, 8))),
                null);
        assertThat(counts)
                .contains("\"animation\":false", "\"precision\":0", "\"data\":[3,8]", "\\\"\\u003cb>\\\"")
                .doesNotContain("\"max\"");
        assertThat(ChartJson.bars(List.of("Báo chí"), List.of(), 100))
                .contains("\"max\":100")
                .doesNotContain("precision");
    }
}
