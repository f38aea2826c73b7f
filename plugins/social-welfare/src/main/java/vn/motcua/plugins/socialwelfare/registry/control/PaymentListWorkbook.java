package vn.motcua.plugins.socialwelfare.registry.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.plugins.socialwelfare.rates.control.Months;

/**
 * The monthly payment list (danh sách chi trả trợ cấp xã hội hàng tháng) as an Excel workbook, written with POI's
 * streaming writer: only a window of rows is in memory whatever the number of beneficiaries. Lines are added in
 * order, then {@link #finish} writes the total line and the file. Not thread-safe; one per download.
 */
public class PaymentListWorkbook implements AutoCloseable {

    static final String[] HEADERS = {
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Số định danh cá nhân",
        "Đối tượng",
        "Mức chuẩn (đồng)",
        "Hệ số",
        "Số tiền (đồng)",
        "Quyết định số",
        "Ký nhận"
    };
    /** Rows above the table: title, month, who prepared it. */
    static final int HEADER_ROW = 3;

    private static final int WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = workbook.createSheet("Chi trả");
    private final CellStyle money;
    private final CellStyle border;
    private final CellStyle bold;
    private int next = HEADER_ROW + 1;
    private long total;

    public PaymentListWorkbook(YearMonth month, String preparedBy) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        border = workbook.createCellStyle();
        border.setBorderBottom(BorderStyle.THIN);
        border.setBorderTop(BorderStyle.THIN);
        border.setBorderLeft(BorderStyle.THIN);
        border.setBorderRight(BorderStyle.THIN);
        money = workbook.createCellStyle();
        money.cloneStyleFrom(border);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        money.setAlignment(HorizontalAlignment.RIGHT);

        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HÀNG THÁNG");
        title.setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
        sheet.createRow(1).createCell(0).setCellValue("Tháng " + Months.text(month));
        sheet.createRow(2).createCell(0).setCellValue("Người lập: " + (preparedBy == null ? "" : preparedBy));
        Row header = sheet.createRow(HEADER_ROW);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.cloneStyleFrom(border);
        headerStyle.setFont(boldFont);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADERS[i]);
            cell.setCellStyle(headerStyle);
        }
        int[] widths = {6, 28, 12, 16, 48, 14, 8, 14, 16, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    public void add(PaymentLine line) {
        Row row = sheet.createRow(next);
        int number = next - HEADER_ROW;
        text(row, 0, String.valueOf(number));
        text(row, 1, line.fullName());
        text(row, 2, Months.text(line.birthDate()));
        text(row, 3, line.idNumber());
        text(row, 4, line.categoryName());
        amount(row, 5, line.baseLevel());
        Cell coefficient = row.createCell(6);
        coefficient.setCellValue(line.coefficient().doubleValue());
        coefficient.setCellStyle(border);
        amount(row, 7, line.amount());
        text(row, 8, line.decisionNumber());
        text(row, 9, "");
        total += line.amount();
        next++;
    }

    /** Writes the total line ("Tổng cộng: n người", the sum) and the workbook. */
    public void finish(OutputStream out) throws IOException {
        Row row = sheet.createRow(next);
        int people = next - HEADER_ROW - 1;
        Cell label = row.createCell(1);
        label.setCellValue("Tổng cộng: " + people + " người");
        label.setCellStyle(bold);
        Cell sum = row.createCell(7);
        sum.setCellValue(total);
        sum.setCellStyle(money);
        workbook.write(out);
    }

    public long total() {
        return total;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(border);
    }

    private void amount(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(money);
    }
}
