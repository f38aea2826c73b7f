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
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;

/** The status table as PDF: A4 landscape, the head of the forms, one line per row, the total in bold. */
public final class StatusPdf {

    private StatusPdf() {}

    /** {@code text}: the label of a message key. */
    public static void write(
            RegisterExports.Heading heading, List<StatusRow> rows, Function<String, String> text, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
        try {
            OfficialPdf.Fonts fonts = OfficialPdf.Fonts.load();
            PdfWriter.getInstance(document, out);
            document.open();
            OfficialPdf.head(document, fonts, heading);
            Font cell = new Font(fonts.regular(), 8.5f);
            Font bold = new Font(fonts.bold(), 8.5f);
            float[] widths = new float[Figure.values().length + 2];
            widths[0] = 22;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 6;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.addCell(centred(text.apply("reporting.agency"), bold));
            for (Figure f : Figure.values()) {
                table.addCell(centred(text.apply("reporting.figure." + f.column()), bold));
            }
            table.addCell(centred(text.apply("reporting.onTimeRate"), bold));
            table.setHeaderRows(1);
            for (StatusRow row : rows) {
                boolean total = row.key() == null;
                Font font = total ? bold : cell;
                String label = total ? text.apply("reporting.total") : row.label();
                PdfPCell name = new PdfPCell(new Phrase(label == null ? "" : label, font));
                name.setPaddingLeft(3 + 8 * row.depth());
                table.addCell(name);
                for (Figure f : Figure.values()) {
                    table.addCell(right(String.valueOf(row.tally().get(f)), font));
                }
                Double rate = row.tally().onTimeRate();
                table.addCell(right(rate == null ? "" : String.valueOf(rate), font));
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPCell centred(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
