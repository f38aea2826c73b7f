package vn.motcua.dossier.printing.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.spi.document.ResultSheet;

/**
 * Lays out a plugin's result document (licence, decision, certificate) like the core's forms: agency and motto,
 * number with its QR code and the date line, title, body, signature. Pure: the caller resolves the agency header.
 */
public final class ResultSheetRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13f;
    private static final Pattern ARTICLE = Pattern.compile("Điều \\d+\\.");

    private final FormFonts.Files fontFiles = FormFonts.Files.load();

    public byte[] render(ResultSheet sheet, FormSheet.AgencyHeader header) {
        FormFonts fonts = new FormFonts(fontFiles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            document.addTitle(sheet.title() + " – " + sheet.number());
            document.addSubject(sheet.number());
            document.addCreator("MotCua");
            document.open();
            document.add(FormHeader.of(
                    header, "Số:", sheet.number(), sheet.qrContent(), sheet.date(), fonts, writer.getDirectContent()));
            Paragraph title = FormRenderer.centred(sheet.title(), fonts.bold(14));
            title.setSpacingBefore(14);
            document.add(title);
            if (sheet.subtitle() != null && !sheet.subtitle().isBlank()) {
                document.add(FormRenderer.centred(sheet.subtitle(), fonts.italic(BODY)));
            }
            document.add(new Paragraph(8, " ", fonts.regular(8)));
            for (String text : sheet.body()) {
                document.add(paragraph(text, fonts));
            }
            document.add(signature(sheet, fonts));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render result document " + sheet.number(), e);
        }
        return FormRenderer.numberPages(out.toByteArray(), fonts);
    }

    /**
     * A body paragraph: {@code "# "} a centred bold heading ("QUYẾT ĐỊNH:"), {@code "- "} an indented item, and
     * "Điều n." at the start of an article in bold, as decisions are set (Nghị định 30/2020/NĐ-CP).
     */
    static Paragraph paragraph(String text, FormFonts fonts) {
        if (text.startsWith(ResultSheet.HEADING)) {
            Paragraph heading = FormRenderer.centred(text.substring(ResultSheet.HEADING.length()), fonts.bold(BODY));
            heading.setSpacingBefore(6);
            heading.setSpacingAfter(6);
            return heading;
        }
        Paragraph paragraph = new Paragraph();
        Matcher article = ARTICLE.matcher(text);
        if (article.lookingAt()) {
            paragraph.add(new Chunk(article.group(), fonts.bold(BODY)));
            paragraph.add(new Chunk(text.substring(article.end()), fonts.regular(BODY)));
        } else {
            paragraph.add(new Chunk(text, fonts.regular(BODY)));
        }
        paragraph.setLeading(0, 1.3f);
        paragraph.setSpacingAfter(2);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        if (text.startsWith(ResultSheet.ITEM)) {
            paragraph.setIndentationLeft(18);
        }
        return paragraph;
    }

    private static PdfPTable signature(ResultSheet sheet, FormFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {45, 55});
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        table.addCell(FormRenderer.plainCell());
        PdfPCell signer = FormRenderer.plainCell();
        signer.addElement(FormRenderer.centred(FormRenderer.upper(sheet.signerTitle()), fonts.bold(BODY)));
        signer.addElement(FormRenderer.centred("(Ký, ghi rõ họ tên và đóng dấu)", fonts.italic(BODY - 1)));
        signer.addElement(new Paragraph(48, " ", fonts.regular(BODY)));
        if (sheet.signerName() != null && !sheet.signerName().isBlank()) {
            signer.addElement(FormRenderer.centred(sheet.signerName(), fonts.bold(BODY)));
        }
        table.addCell(signer);
        return table;
    }
}
