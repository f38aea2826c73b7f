package vn.motcua.platform.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.registry.RegistrySheet;

class SheetWriterTest {

    record Person(String name, LocalDate born, String id, long amount) {}

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> BUNDLE = Map.of("x.registry.name", "Họ và tên", "x.registry.sheet", "Sổ");

    private static RegistrySheet<Person> sheet() {
        return RegistrySheet.<Person>named("x.registry.sheet")
                .title("DANH SÁCH CHI TRẢ", "Tháng 01/2027")
                .numbered("STT")
                .text("x.registry.name", Person::name)
                .width(30)
                .date("Ngày sinh", Person::born)
                .text("Số định danh", Person::id)
                .money("Số tiền (đồng)", Person::amount)
                .summed()
                .text("Ký nhận", p -> null)
                .totalLine("Tổng cộng: {0} người");
    }

    @Test
    void vietnameseHeadingsDatesAsDatesNumberedRowsAndATotalLine() throws Exception {
        var out = new ByteArrayOutputStream();
        var result = write(
                List.of(
                        new Person("Lê Văn Bảo", LocalDate.of(1950, 3, 9), "001050000123", 750_000),
                        new Person("Trần Thị Cúc", LocalDate.of(2024, 12, 31), "001224000456", 540_000)),
                out);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.total("Số tiền (đồng)")).isEqualTo(1_290_000);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var s = workbook.getSheetAt(0);
            var shown = new DataFormatter(VI);
            assertThat(s.getSheetName()).isEqualTo("Sổ");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH CHI TRẢ");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Ngày sinh");
            assertThat(s.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(s.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(1950, 3, 9));
            assertThat(shown.formatCellValue(s.getRow(3).getCell(2))).isEqualTo("09/03/1950");
            assertThat(s.getRow(3).getCell(3).getStringCellValue())
                    .as("an ID number keeps its leading zeros")
                    .isEqualTo("001050000123");
            assertThat(s.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng: 2 người");
            assertThat(s.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(1_290_000);
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
        }
    }

    @Test
    void aHundredThousandRowsStreamThroughPagesOfFiveHundred() throws Exception {
        int all = 100_000;
        var pages = new ArrayList<Integer>();
        var out = new ByteArrayOutputStream();
        try (var writer = new SheetWriter<>(sheet(), key -> BUNDLE.getOrDefault(key, key), VI)) {
            long read = PagedReader.readAll(
                    500,
                    (first, size) -> {
                        pages.add(first);
                        return IntStream.range(first, Math.min(first + size, all))
                                .mapToObj(i -> new Person("Người " + i, LocalDate.of(2000, 1, 1), "0" + i, 1000))
                                .toList();
                    },
                    rows -> rows.forEach(writer::add));
            assertThat(read).isEqualTo(all);
            assertThat(writer.finish(out).total("Số tiền (đồng)")).isEqualTo(100_000_000L);
        }
        assertThat(pages).hasSize(201).startsWith(0, 500, 1000).endsWith(100_000);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var s = workbook.getSheetAt(0);
            assertThat(s.getRow(3 + all - 1).getCell(1).getStringCellValue()).isEqualTo("Người " + (all - 1));
            assertThat(s.getLastRowNum()).isEqualTo(3 + all);
        }
    }

    @Test
    void anEmptyRegistryIsItsHeadingsAndAnExactPageIsReadOnceMore() {
        var pages = new ArrayList<Integer>();
        long read = PagedReader.readAll(
                2,
                (first, size) -> {
                    pages.add(first);
                    return first < 4 ? List.of("a", "b") : List.of();
                },
                rows -> {});
        assertThat(read).isEqualTo(4);
        assertThat(pages).containsExactly(0, 2, 4);
        assertThat(SheetWriter.sheetName("Sổ: giấy phép / 2027 [bản sao] dài hơn ba mươi mốt ký tự"))
                .hasSize(31)
                .doesNotContain(":", "/", "[");
    }

    private static vn.motcua.spi.registry.RegistryExport write(List<Person> people, ByteArrayOutputStream out) {
        try (var writer = new SheetWriter<>(sheet(), key -> BUNDLE.getOrDefault(key, key), VI)) {
            people.forEach(writer::add);
            return writer.finish(out);
        }
    }
}
