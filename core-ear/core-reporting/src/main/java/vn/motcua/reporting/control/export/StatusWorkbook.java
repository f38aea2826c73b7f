package vn.motcua.reporting.control.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;

/**
 * The status table and the dossiers behind a figure as Excel workbooks, streamed (SXSSF: at most 100 rows in memory,
 * the rest flushed to a temporary file that {@link SXSSFWorkbook#close} deletes), written straight to the response.
 */
public final class StatusWorkbook {

    private static final int WINDOW = 100;
    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private StatusWorkbook() {}

    /** {@code text}: the label of a message key. */
    public static void table(String title, List<StatusRow> rows, Function<String, String> text, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = book.createSheet("TTHC");
            CellStyle bold = bold(book);
            cell(sheet.createRow(0), 0, title, bold);
            Row head = sheet.createRow(2);
            cell(head, 0, text.apply("reporting.agency"), bold);
            int c = 1;
            for (Figure f : Figure.values()) {
                cell(head, c++, text.apply("reporting.figure." + f.column()), bold);
            }
            cell(head, c, text.apply("reporting.onTimeRate"), bold);
            int r = 3;
            for (StatusRow row : rows) {
                Row line = sheet.createRow(r++);
                String label = row.key() == null ? text.apply("reporting.total") : row.label();
                cell(line, 0, "  ".repeat(row.depth()) + (label == null ? "" : label), row.key() == null ? bold : null);
                int col = 1;
                for (Figure f : Figure.values()) {
                    line.createCell(col++).setCellValue(row.tally().get(f));
                }
                Double rate = row.tally().onTimeRate();
                if (rate != null) {
                    line.createCell(col).setCellValue(rate);
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every dossier of {@code pages} (first, size → rows), read a page at a time. */
    public static void dossiers(
            String title,
            BiFunction<Integer, Integer, List<DrillRow>> pages,
            Function<String, String> text,
            OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = book.createSheet("HS");
            CellStyle bold = bold(book);
            cell(sheet.createRow(0), 0, title, bold);
            Row head = sheet.createRow(2);
            String[] keys = {"code", "procedure", "applicant", "agency", "received", "due", "ended", "holder", "state"};
            for (int i = 0; i < keys.length; i++) {
                cell(head, i, text.apply("reporting.drill." + keys[i]), bold);
            }
            int r = 3;
            int first = 0;
            List<DrillRow> page;
            do {
                page = pages.apply(first, PAGE);
                for (DrillRow d : page) {
                    Row line = sheet.createRow(r++);
                    cell(line, 0, d.code(), null);
                    cell(line, 1, d.procedure(), null);
                    cell(line, 2, d.applicant(), null);
                    cell(line, 3, d.agency(), null);
                    cell(line, 4, time(d.receivedAt()), null);
                    cell(line, 5, time(d.dueAt()), null);
                    cell(line, 6, time(d.endedAt()), null);
                    cell(line, 7, d.holder(), null);
                    cell(line, 8, text.apply("dossier.state." + d.state()), null);
                }
                first += PAGE;
            } while (page.size() == PAGE);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }

    private static CellStyle bold(SXSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
