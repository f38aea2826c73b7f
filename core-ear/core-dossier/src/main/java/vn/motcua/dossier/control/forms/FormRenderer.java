package vn.motcua.dossier.control.forms;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Prints a form: A4 portrait, the agency and the national motto side by side, the dossier code beside its QR code,
 * the title and the template's body with the blocks it places, page numbers when the form runs past one page.
 * Plain Java, no container: one instance can serve every request (each render makes its own fonts).
 *
 * <pre>{@code
 * byte[] pdf = new FormRenderer().render(sheet, DefaultTemplates.of(FormKind.RECEIPT));
 * }</pre>
 */
public final class FormRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13f;
    private static final float HEADER = 12.5f;
    private static final float QR_SIZE = 22 * MM;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FormFonts.Files fontFiles = FormFonts.Files.load();

    /**
     * The form as PDF bytes.
     *
     * @throws IllegalArgumentException when the template is for another kind of form than the sheet
     */
    public byte[] render(FormSheet sheet, FormTemplateText template) {
        if (sheet.kind() != template.kind()) {
            throw new IllegalArgumentException(
                    "Template for " + template.kind() + " cannot print a " + sheet.kind() + " sheet");
        }
        FormFonts fonts = new FormFonts(fontFiles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Margins of Decree 30/2020/NĐ-CP: left 30 mm, right 15 mm, top and bottom 20 mm.
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Justify by widening spaces only: letter-spaced words read badly and extract as "T iếp".
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            String title = template.header(FormTemplateText.Header.TITLE)
                    .map(l -> l.fill(sheet))
                    .orElse("");
            document.addTitle(title + " – " + sheet.dossierCode());
            document.addSubject(sheet.dossierCode());
            document.addCreator("MotCua");
            document.open();
            reference(document, fonts, template, sheet);
            document.add(header(
                    sheet.header(),
                    "Mã hồ sơ:",
                    sheet.dossierCode(),
                    sheet.lookupUrl(),
                    sheet.issuedOn(),
                    fonts,
                    writer.getDirectContent()));
            Paragraph heading = new Paragraph(title, fonts.bold(14));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(14);
            document.add(heading);
            template.header(FormTemplateText.Header.SUBTITLE).ifPresent(l -> {
                Paragraph subtitle = new Paragraph(l.fill(sheet), fonts.regular(BODY));
                subtitle.setAlignment(Element.ALIGN_CENTER);
                document.add(subtitle);
            });
            document.add(new Paragraph(6, " ", fonts.regular(6)));
            body(document, sheet, template, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot print form " + sheet.kind() + " of " + sheet.dossierCode(), e);
        }
        return numberPages(out.toByteArray(), fonts);
    }

    private static void reference(Document document, FormFonts fonts, FormTemplateText template, FormSheet sheet) {
        template.header(FormTemplateText.Header.REFERENCE).ifPresent(l -> {
            Paragraph reference = new Paragraph(l.fill(sheet), fonts.italic(10.5f));
            reference.setAlignment(Element.ALIGN_RIGHT);
            reference.setSpacingAfter(4);
            document.add(reference);
        });
    }

    /**
     * Agency left, motto right, then the code (or document number) with its QR code left and the date line right:
     * the head of every form and result document.
     */
    static PdfPTable header(
            FormSheet.AgencyHeader header,
            String codeLabel,
            String codeText,
            String qrContent,
            java.time.LocalDate issuedOn,
            FormFonts fonts,
            PdfContentByte canvas) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        PdfPCell agency = plainCell();
        if (header.superiorAgency() != null && !header.superiorAgency().isBlank()) {
            agency.addElement(centred(upper(header.superiorAgency()), fonts.regular(HEADER)));
        }
        agency.addElement(centred(upper(header.issuingAgency()), fonts.bold(HEADER)));
        agency.addElement(rule(40, fonts));
        table.addCell(agency);

        PdfPCell motto = plainCell();
        motto.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(12)));
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
            code.addCell(plainCell());
        } else {
            PdfPCell qrCell = new PdfPCell(QrCodes.of(qrContent, QR_SIZE, canvas), false);
            qrCell.setBorder(Rectangle.NO_BORDER);
            code.addCell(qrCell);
        }
        PdfPCell codeCell = plainCell();
        codeCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        codeCell.setPaddingLeft(4);
        codeCell.addElement(new Paragraph(codeLabel, fonts.regular(10.5f)));
        codeCell.addElement(new Paragraph(codeText, fonts.bold(10.5f)));
        code.addCell(codeCell);
        PdfPCell left = plainCell();
        left.setPaddingTop(6);
        left.addElement(code);
        table.addCell(left);

        PdfPCell date = plainCell();
        date.setPaddingTop(8);
        date.addElement(centred(FormDates.dateLine(header.placeName(), issuedOn), fonts.italic(BODY)));
        table.addCell(date);
        return table;
    }

    private static void body(Document document, FormSheet sheet, FormTemplateText template, FormFonts fonts) {
        FormBlocks blocks = new FormBlocks(fonts, BODY);
        for (TemplateElement element : template.body()) {
            if (element instanceof TemplateElement.Block b) {
                document.add(blocks.draw(b.block(), sheet, template));
            } else if (element instanceof TemplateElement.Paragraph p) {
                document.add(paragraph(p, sheet, fonts));
            }
        }
    }

    private static Paragraph paragraph(TemplateElement.Paragraph p, FormSheet sheet, FormFonts fonts) {
        String text = p.line().fill(sheet);
        Paragraph paragraph =
                switch (p.style()) {
                    case HEADING -> new Paragraph(text, fonts.bold(BODY));
                    case BOLD -> new Paragraph(text, fonts.bold(BODY));
                    case NOTE -> new Paragraph(text, fonts.italic(BODY - 1));
                    case ITEM -> new Paragraph("- " + text, fonts.regular(BODY));
                    case PLAIN -> new Paragraph(text, fonts.regular(BODY));
                };
        paragraph.setLeading(0, 1.25f);
        paragraph.setSpacingAfter(1);
        paragraph.setAlignment(
                p.style() == TemplateElement.Style.HEADING ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
        if (p.style() == TemplateElement.Style.ITEM) {
            paragraph.setIndentationLeft(18);
        }
        return paragraph;
    }

    /** Stamps "Trang 1/2" at the foot of every page, only when there is more than one. */
    static byte[] numberPages(byte[] pdf, FormFonts fonts) {
        try {
            PdfReader reader = new PdfReader(pdf);
            int pages = reader.getNumberOfPages();
            if (pages < 2) {
                reader.close();
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            Font font = new Font(fonts.regularBase(), 10);
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                ColumnText.showTextAligned(
                        stamper.getOverContent(page),
                        Element.ALIGN_CENTER,
                        new Phrase("Trang " + page + "/" + pages, font),
                        (size.getLeft() + size.getRight()) / 2,
                        size.getBottom() + 10 * MM,
                        0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(0, 1.15f);
        return paragraph;
    }

    static Paragraph rule(float percent, FormFonts fonts) {
        Paragraph rule = new Paragraph(4, "", fonts.regular(4));
        rule.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        rule.setLeading(4);
        return rule;
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
