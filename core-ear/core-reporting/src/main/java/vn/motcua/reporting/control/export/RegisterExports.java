package vn.motcua.reporting.control.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.reporting.control.RegisterRow;

/**
 * The register book (form 06) as Excel (SXSSF, at most 100 rows in memory) and as PDF (A4 landscape, the forms'
 * Liberation Serif, the agency and the national motto at the head), each written straight to the response a page of
 * lines at a time: nothing holds the whole book, and an export broken off leaves no file behind (SXSSF's temporary
 * file goes with {@code close}).
 */
public final class RegisterExports {

    /** The next lines after the last one given ({@code null}: from the start). */
    @FunctionalInterface
    public interface Pages {
        List<RegisterRow> after(RegisterRow last, int size);
    }

    /** The heading of the book: superior agency, agency, title, period. */
    public record Heading(String superiorAgency, String agency, String title, String period) {}

    public static final String[] COLUMNS = {
        "STT",
        "Số vào sổ",
        "Mã hồ sơ",
        "Tên TTHC",
        "Tên cá nhân, tổ chức",
        "Địa chỉ, số điện thoại",
        "Cơ quan chủ trì giải quyết",
        "Nhận hồ sơ",
        "Hẹn trả kết quả",
        "Chuyển hồ sơ đến cơ quan giải quyết",
        "Có kết quả giải quyết",
        "Trả kết quả cho cá nhân, tổ chức",
        "Ký nhận",
        "Ghi chú"
    };

    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm dd/MM/yyyy");

    private RegisterExports() {}

    public static void excel(Heading heading, Pages pages, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("So theo doi");
            var bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            text(sheet.createRow(0), 0, heading.superiorAgency(), null);
            text(sheet.createRow(1), 0, heading.agency(), head);
            text(sheet.createRow(2), 0, heading.title(), head);
            text(sheet.createRow(3), 0, heading.period(), null);
            Row columns = sheet.createRow(5);
            for (int i = 0; i < COLUMNS.length; i++) {
                text(columns, i, COLUMNS[i], head);
            }
            int r = 6;
            long no = 0;
            RegisterRow last = null;
            List<RegisterRow> page;
            do {
                page = pages.after(last, PAGE);
                for (RegisterRow line : page) {
                    String[] cells = cells(++no, line);
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < cells.length; i++) {
                        text(row, i, cells[i], null);
                    }
                    last = line;
                }
            } while (page.size() == PAGE);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pdf(Heading heading, Pages pages, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
        try {
            OfficialPdf.Fonts fonts = OfficialPdf.Fonts.load();
            PdfWriter.getInstance(document, out);
            document.open();
            OfficialPdf.head(document, fonts, heading);
            Font cellFont = new Font(fonts.regular(), 8);
            Font headFont = new Font(fonts.bold(), 8);
            float[] widths = {3, 5, 10, 12, 9, 10, 9, 6, 6, 6, 6, 6, 5, 7};
            RegisterRow last = null;
            long no = 0;
            List<RegisterRow> page;
            do {
                PdfPTable table = new PdfPTable(widths);
                table.setWidthPercentage(100);
                table.setSpacingBefore(no == 0 ? 10 : 0);
                if (no == 0) {
                    for (String c : COLUMNS) {
                        PdfPCell cell = new PdfPCell(new Phrase(c, headFont));
                        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                        table.addCell(cell);
                    }
                    table.setHeaderRows(1);
                }
                page = pages.after(last, PAGE);
                for (RegisterRow line : page) {
                    for (String c : cells(++no, line)) {
                        table.addCell(new PdfPCell(new Phrase(c, cellFont)));
                    }
                    last = line;
                }
                table.setComplete(true);
                document.add(table); // each page of lines goes out before the next is read
            } while (page.size() == PAGE);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    static String[] cells(long no, RegisterRow line) {
        String contact = join(line.address(), line.phone());
        return new String[] {
            String.valueOf(no),
            line.line(),
            line.code(),
            line.procedure(),
            line.applicant(),
            contact,
            line.agencyInCharge(),
            time(line.receivedAt()),
            time(line.dueAt()),
            time(line.transferredAt()),
            time(line.resultReadyAt()),
            time(line.returnedAt()),
            "",
            ""
        };
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + "; " + b;
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
