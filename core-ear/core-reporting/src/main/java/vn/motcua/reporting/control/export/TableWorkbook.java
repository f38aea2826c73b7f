package vn.motcua.reporting.control.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report's tables (the scorecard, the performance by officer or division and what each officer holds) as one Excel
 * workbook, a sheet per table: its title, the column heads, then a line per row. Streamed like the other exports
 * (SXSSF: at most 100 rows in memory, the rest flushed to a temporary file that {@link SXSSFWorkbook#close} deletes).
 * A cell is text, a number, or empty ({@code null}).
 */
public final class TableWorkbook {

    private static final int WINDOW = 100;
    private static final int NARROW = 12;
    private static final int WIDE = 60;

    private TableWorkbook() {}

    /**
     * One sheet: {@code name} (cut to 31 characters and stripped of what Excel refuses in a sheet name), a title line, the column heads and the rows
     * (each a list of cells, as many as the heads).
     */
    public record Table(String name, String title, List<String> heads, List<? extends List<?>> rows)
            implements Serializable {}

    /** Writes the tables; {@code written} hears of every row written (the background export's progress). */
    public static void write(List<Table> tables, IntConsumer written, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            CellStyle bold = bold(book);
            for (Table table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                text(sheet.createRow(0), 0, table.title(), bold);
                Row head = sheet.createRow(2);
                for (int c = 0; c < table.heads().size(); c++) {
                    String label = table.heads().get(c);
                    text(head, c, label, bold);
                    sheet.setColumnWidth(c, Math.max(NARROW, Math.min(WIDE, label.length() + 2)) * 256);
                }
                int r = 3;
                for (List<?> row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number n) {
                            line.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            text(line, c, value.toString(), null);
                        }
                    }
                    written.accept(1);
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of rows of all the tables: what the background export's progress counts to. */
    public static long rows(List<Table> tables) {
        return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }

    private static CellStyle bold(SXSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
