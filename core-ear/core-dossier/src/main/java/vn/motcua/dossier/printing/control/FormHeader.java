package vn.motcua.dossier.printing.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;

/**
 * The head of every form and result document (Decree 30/2020/NĐ-CP): the superior and issuing agency left, the
 * national motto right, then the code (or document number) with its QR code left and the date line right.
 */
final class FormHeader {
    static final float MM = 72f / 25.4f;
    /** Width of the text between the margins of an A4 page (30 mm left, 15 mm right). */
    static final float TEXT_WIDTH = 210 * MM - 45 * MM;

    private static final float SIZE = 12.5f;
    private static final float SMALLER = 11.5f;
    private static final float QR_SIZE = 22 * MM;
    private static final float[] COLUMNS = {44, 56};

    private FormHeader() {}

    static PdfPTable of(
            FormSheet.AgencyHeader header,
            String codeLabel,
            String codeText,
            String qrContent,
            LocalDate issuedOn,
            FormFonts fonts,
            PdfContentByte canvas) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        // A gap between the agency and the motto, so a long name never runs into "CỘNG HÒA".
        float gap = 8;
        float agencyWidth = TEXT_WIDTH * COLUMNS[0] / 100 - gap;
        PdfPCell agency = FormRenderer.plainCell();
        agency.setPaddingRight(gap);
        if (header.superiorAgency() != null && !header.superiorAgency().isBlank()) {
            String superior = FormRenderer.upper(header.superiorAgency());
            // One line when a slightly smaller size allows it, as the superior agency is usually set.
            Font font = fonts.regular(SIZE);
            if (font.getBaseFont().getWidthPoint(superior, SIZE) > agencyWidth) {
                Font smaller = fonts.regular(SMALLER);
                if (smaller.getBaseFont().getWidthPoint(superior, SMALLER) <= agencyWidth) {
                    font = smaller;
                }
            }
            lines(agency, superior, font, agencyWidth);
        }
        lines(agency, FormRenderer.upper(header.issuingAgency()), fonts.bold(SIZE), agencyWidth);
        agency.addElement(FormRenderer.rule(40, fonts));
        table.addCell(agency);

        PdfPCell motto = FormRenderer.plainCell();
        motto.addElement(FormRenderer.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(12)));
        Chunk line = new Chunk("Độc lập - Tự do - Hạnh phúc", fonts.bold(13));
        line.setUnderline(0.6f, -2.5f);
        Paragraph mottoLine = new Paragraph("", fonts.bold(13));
        mottoLine.add(line);
        mottoLine.setAlignment(Element.ALIGN_CENTER);
        motto.addElement(mottoLine);
        table.addCell(motto);

        PdfPTable code = new PdfPTable(new float[] {33, 67});
        code.setWidthPercentage(100);
        if (qrContent == null || qrContent.isBlank()) {
            code.addCell(FormRenderer.plainCell());
        } else {
            PdfPCell qrCell = new PdfPCell(QrCodes.of(qrContent, QR_SIZE, canvas), false);
            qrCell.setBorder(Rectangle.NO_BORDER);
            code.addCell(qrCell);
        }
        PdfPCell codeCell = FormRenderer.plainCell();
        codeCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        codeCell.setPaddingLeft(4);
        codeCell.addElement(new Paragraph(codeLabel, fonts.regular(10.5f)));
        codeCell.addElement(new Paragraph(codeText, fonts.bold(10.5f)));
        code.addCell(codeCell);
        PdfPCell left = FormRenderer.plainCell();
        left.setPaddingTop(6);
        left.addElement(code);
        table.addCell(left);

        PdfPCell date = FormRenderer.plainCell();
        date.setPaddingTop(8);
        date.addElement(FormRenderer.centred(FormDates.dateLine(header.placeName(), issuedOn), fonts.italic(13)));
        table.addCell(date);
        return table;
    }

    private static void lines(PdfPCell cell, String name, Font font, float width) {
        for (String text : AgencyLines.of(name, font, width)) {
            cell.addElement(FormRenderer.centred(text, font));
        }
    }
}
