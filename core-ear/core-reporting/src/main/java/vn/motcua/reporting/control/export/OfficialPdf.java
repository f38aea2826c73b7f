package vn.motcua.reporting.control.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What every report PDF shares with the forms: Liberation Serif (metric-compatible with Times New Roman; from
 * openpdf-fonts-extra, embedded as subsets with Identity-H so every Vietnamese diacritic prints), and the head of an
 * administrative document — the superior agency and the agency on the left, the national motto on the right, then
 * the title and its period.
 */
final class OfficialPdf {

    /** A document's fonts (a BaseFont records the glyphs its document uses, so none is shared between documents). */
    record Fonts(BaseFont regular, BaseFont bold) {
        static Fonts load() {
            return new Fonts(font("Regular"), font("Bold"));
        }
    }

    private OfficialPdf() {}

    static void head(Document document, Fonts fonts, RegisterExports.Heading heading) throws DocumentException {
        PdfPTable head = new PdfPTable(new float[] {45, 55});
        head.setWidthPercentage(100);
        PdfPCell agency = plain();
        agency.addElement(centred(upper(heading.superiorAgency()), new Font(fonts.regular(), 11)));
        agency.addElement(centred(upper(heading.agency()), new Font(fonts.bold(), 11)));
        head.addCell(agency);
        PdfPCell motto = plain();
        motto.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(fonts.bold(), 11)));
        motto.addElement(centred("Độc lập - Tự do - Hạnh phúc", new Font(fonts.bold(), 12)));
        head.addCell(motto);
        document.add(head);
        Paragraph title = centred(heading.title(), new Font(fonts.bold(), 14));
        title.setSpacingBefore(12);
        document.add(title);
        document.add(centred(heading.period(), new Font(fonts.regular(), 11)));
    }

    private static BaseFont font(String style) {
        String name = "liberation/LiberationSerif-" + style + ".ttf";
        try (InputStream in = OfficialPdf.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(
                    "LiberationSerif-" + style + ".ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    false,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
