package vn.motcua.platform.registry.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.spi.registry.RegistryExport;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.registry.RegistrySheet.Column;
import vn.motcua.spi.registry.RegistrySheet.Format;

/**
 * Writes a {@link RegistrySheet} with POI's streaming writer: only a window of {@value #WINDOW} rows in memory, the
 * rest flushed to a temporary file that {@link #close} deletes. Rows are added in order, then {@link #finish} writes the
 * total line and the workbook. One per export; not thread-safe.
 */
public final class SheetWriter<T> implements AutoCloseable {

    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final RegistrySheet<T> spec;
    private final List<Column<T>> columns;
    private final Function<String, String> text;
    private final Locale locale;
    private final int offset;
    private final CellStyle bold;
    private final CellStyle plain;
    private final CellStyle textual;
    private final CellStyle date;
    private final CellStyle number;
    private final CellStyle money;
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private final int headingRow;
    private int next;

    /**
     * @param text a key (or text) → the text in the officer's language; a text that is no key comes back unchanged
     */
    public SheetWriter(RegistrySheet<T> spec, Function<String, String> text, Locale locale) {
        this.spec = spec;
        this.columns = spec.columns();
        this.text = text;
        this.locale = locale;
        this.offset = spec.numberedHeading() == null ? 0 : 1;
        this.sheet = workbook.createSheet(sheetName(text.apply(spec.name())));
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        plain = bordered();
        textual = bordered();
        textual.setDataFormat(workbook.createDataFormat().getFormat("@"));
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        number = bordered();
        money = bordered();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        CellStyle heading = bordered();
        heading.setFont(boldFont);
        heading.setWrapText(true);
        heading.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        List<String> title = spec.titleLines();
        for (int i = 0; i < title.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(text.apply(title.get(i)));
            if (i == 0) {
                cell.setCellStyle(bold);
                if (width() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width() - 1));
                }
            }
        }
        headingRow = title.size();
        Row row = sheet.createRow(headingRow);
        if (offset == 1) {
            cell(row, 0, text.apply(spec.numberedHeading()), heading);
            sheet.setColumnWidth(0, 6 * 256);
        }
        for (int i = 0; i < columns.size(); i++) {
            cell(row, offset + i, text.apply(columns.get(i).heading()), heading);
            sheet.setColumnWidth(offset + i, Math.min(columns.get(i).width(), 255) * 256);
        }
        sheet.createFreezePane(0, headingRow + 1);
        next = headingRow + 1;
    }

    public void add(T value) {
        Row row = sheet.createRow(next);
        if (offset == 1) {
            Cell cell = row.createCell(0);
            cell.setCellValue(next - headingRow);
            cell.setCellStyle(number);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object content = column.value().apply(value);
            write(row.createCell(offset + i), column.format(), content);
            if (column.summed() && content instanceof Number amount) {
                totals.merge(column.heading(), amount.longValue(), Long::sum);
            }
        }
        next++;
    }

    /** Rows added so far. */
    public long rows() {
        return (long) next - headingRow - 1;
    }

    /** Writes the total line (if the sheet has one) and the workbook; answers what was written. */
    public RegistryExport finish(OutputStream out) {
        if (spec.totalLabel() != null) {
            Row row = sheet.createRow(next);
            Cell label = row.createCell(offset);
            label.setCellValue(new MessageFormat(text.apply(spec.totalLabel()), locale).format(new Object[] {rows()}));
            label.setCellStyle(bold);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).summed()) {
                    Cell sum = row.createCell(offset + i);
                    sum.setCellValue(totals.getOrDefault(columns.get(i).heading(), 0L));
                    sum.setCellStyle(columns.get(i).format() == Format.MONEY ? money : number);
                }
            }
        }
        columns.stream().filter(Column::summed).forEach(c -> totals.putIfAbsent(c.heading(), 0L));
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegistryExport(rows(), totals);
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary file of the flushed rows
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Cell cell, Format format, Object content) {
        if (content == null) {
            cell.setCellStyle(plain);
        } else if (content instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (content instanceof Number amount && format != Format.TEXT) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(format == Format.MONEY ? money : number);
        } else {
            cell.setCellValue(String.valueOf(content));
            cell.setCellStyle(textual);
        }
    }

    private void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private int width() {
        return offset + columns.size();
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    static String sheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (safe.isEmpty()) {
            return "Sheet1";
        }
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
