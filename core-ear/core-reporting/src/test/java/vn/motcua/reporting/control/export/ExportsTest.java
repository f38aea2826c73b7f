package vn.motcua.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.reporting.boundary.Performance;
import vn.motcua.reporting.boundary.Scorecard;
import vn.motcua.reporting.control.RegisterRow;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.NationalScore;
import vn.motcua.reporting.control.counting.StepStatistics;
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

    /** The scorecard exports each indicator with its score, its numbers and its rule; an indicator judging nothing is empty. */
    @Test
    void theScorecardAsExcel() throws Exception {
        Map<ScoreIndicator, NationalScore.Score> scores = new EnumMap<>(ScoreIndicator.class);
        for (ScoreIndicator i : ScoreIndicator.values()) {
            scores.put(i, new NationalScore.Score(0, 0));
        }
        scores.put(ScoreIndicator.TIMELY, new NationalScore.Score(2, 3));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        TableWorkbook.write(
                List.of(Scorecard.table("Chỉ số 766 — Sở TTTT", scores, key -> key)),
                n -> progress.add((long) n),
                xlsx);
        assertThat(progress).hasSize(ScoreIndicator.values().length);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheet("reporting.score.sheet");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ số 766 — Sở TTTT");
            assertThat(cells(sheet.getRow(2)))
                    .containsExactly(
                            "reporting.score.indicator",
                            "reporting.score.value",
                            "reporting.score.met",
                            "reporting.score.notMet",
                            "reporting.score.judged",
                            "reporting.score.rule");
            var timely = sheet.getRow(3 + ScoreIndicator.TIMELY.ordinal());
            assertThat(timely.getCell(0).getStringCellValue()).isEqualTo("reporting.score.TIMELY");
            assertThat(timely.getCell(1).getNumericCellValue()).isEqualTo(66.7);
            assertThat(timely.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(timely.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(timely.getCell(4).getNumericCellValue()).isEqualTo(3.0);
            assertThat(timely.getCell(5).getStringCellValue()).isEqualTo("reporting.score.rule.TIMELY");
            var online = sheet.getRow(3 + ScoreIndicator.ONLINE.ordinal());
            assertThat(online.getCell(1)).as("nothing judged: no score").isNull();
            assertThat(online.getCell(4).getNumericCellValue()).isZero();
        }
    }

    /** Performance exports the steps handed on (hours of working time) and, on a second sheet, the holdings. */
    @Test
    void thePerformanceTablesAsExcel() throws Exception {
        StepStatistics steps = new StepStatistics()
                .add(Duration.ofHours(2), Timeliness.ON_TIME)
                .add(Duration.ofMinutes(270), Timeliness.LATE);
        var tables = Performance.tables(
                "Kết quả xử lý",
                List.of(new Performance.Line("Nguyễn Văn Xử", "Thẩm định, xử lý hồ sơ", steps)),
                List.of(new Performance.Holding(7L, "Nguyễn Văn Xử", 4, 1)),
                key -> key);
        assertThat(TableWorkbook.rows(tables)).isEqualTo(2);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableWorkbook.write(tables, n -> {}, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            var byStep = book.getSheetAt(0);
            assertThat(cells(byStep.getRow(2)))
                    .containsExactly(
                            "reporting.performance.who",
                            "reporting.performance.step",
                            "reporting.performance.handled",
                            "reporting.onTimeRate",
                            "reporting.performance.average",
                            "reporting.performance.p90");
            var line = byStep.getRow(3);
            assertThat(line.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn Xử");
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("Thẩm định, xử lý hồ sơ");
            assertThat(line.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(line.getCell(4).getNumericCellValue())
                    .as("average hours")
                    .isEqualTo(3.3);
            assertThat(line.getCell(5).getNumericCellValue())
                    .as("90th percentile")
                    .isEqualTo(4.5);
            var held = book.getSheetAt(1);
            assertThat(held.getSheetName())
                    .as("cut to Excel's 31 characters")
                    .isEqualTo("reporting.performance.holdingsS");
            assertThat(cells(held.getRow(3))).containsExactly("Nguyễn Văn Xử", "4.0", "1.0");
        }
    }

    private static List<String> cells(Iterable<Cell> row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.toString()));
        return cells;
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
