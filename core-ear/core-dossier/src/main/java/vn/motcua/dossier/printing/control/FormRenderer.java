package vn.motcua.dossier.printing.control;

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
import com.lowagie.text.pdf.PdfPCell;
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
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FormFonts.Files fontFiles = FormFonts.Files.load();

    /**
     * The form as PDF bytes: at the most comfortable density that keeps it on one page, numbered pages otherwise.
     *
     * @throws IllegalArgumentException when the template is for another kind of form than the sheet
     */
    public byte[] render(FormSheet sheet, FormTemplateText template) {
        if (sheet.kind() != template.kind()) {
            throw new IllegalArgumentException(
                    "Template for " + template.kind() + " cannot print a " + sheet.kind() + " sheet");
        }
        byte[] pdf = null;
        FormFonts fonts = null;
        for (FormDensity density : FormDensity.LADDER) {
            fonts = new FormFonts(fontFiles);
            pdf = render(sheet, template, density, fonts);
            if (pages(pdf) == 1) {
                return pdf;
            }
        }
        return numberPages(pdf, fonts);
    }

    private static byte[] render(FormSheet sheet, FormTemplateText template, FormDensity density, FormFonts fonts) {
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
            document.add(FormHeader.of(
                    sheet.header(),
                    "Mã hồ sơ:",
                    sheet.dossierCode(),
                    sheet.lookupUrl(),
                    sheet.issuedOn(),
                    fonts,
                    writer.getDirectContent()));
            Paragraph heading = new Paragraph(title, fonts.bold(14));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(density.titleGap());
            document.add(heading);
            template.header(FormTemplateText.Header.SUBTITLE).ifPresent(l -> {
                Paragraph subtitle = new Paragraph(l.fill(sheet), fonts.regular(density.body()));
                subtitle.setAlignment(Element.ALIGN_CENTER);
                document.add(subtitle);
            });
            document.add(new Paragraph(density.titleGap() / 2, " ", fonts.regular(6)));
            body(document, sheet, template, fonts, density);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot print form " + sheet.kind() + " of " + sheet.dossierCode(), e);
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reference(Document document, FormFonts fonts, FormTemplateText template, FormSheet sheet) {
        template.header(FormTemplateText.Header.REFERENCE).ifPresent(l -> {
            Paragraph reference = new Paragraph(l.fill(sheet), fonts.italic(10.5f));
            reference.setAlignment(Element.ALIGN_RIGHT);
            reference.setSpacingAfter(4);
            document.add(reference);
        });
    }

    private static void body(
            Document document, FormSheet sheet, FormTemplateText template, FormFonts fonts, FormDensity density) {
        FormBlocks blocks = new FormBlocks(fonts, density);
        for (TemplateElement element : template.body()) {
            if (element instanceof TemplateElement.Block b) {
                document.add(blocks.draw(b.block(), sheet, template));
            } else if (element instanceof TemplateElement.Paragraph p) {
                document.add(paragraph(p, sheet, fonts, density));
            }
        }
    }

    private static Paragraph paragraph(
            TemplateElement.Paragraph p, FormSheet sheet, FormFonts fonts, FormDensity density) {
        String text = p.line().fill(sheet);
        float size = density.body();
        Paragraph paragraph =
                switch (p.style()) {
                    case HEADING -> new Paragraph(text, fonts.bold(size));
                    case BOLD -> new Paragraph(text, fonts.bold(size));
                    case NOTE -> new Paragraph(text, fonts.italic(size - 1));
                    case ITEM -> new Paragraph("- " + text, fonts.regular(size));
                    case PLAIN -> new Paragraph(text, fonts.regular(size));
                };
        paragraph.setLeading(0, density.leading());
        paragraph.setSpacingAfter(1);
        // A note carries addresses (the lookup link): justifying its first line would spread the words apart.
        paragraph.setAlignment(
                switch (p.style()) {
                    case HEADING -> Element.ALIGN_CENTER;
                    case NOTE -> Element.ALIGN_LEFT;
                    default -> Element.ALIGN_JUSTIFIED;
                });
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
