package vn.motcua.dossier.printing.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Optional;

/** Draws the blocks a template places: tables of documents and hand-overs, numbered lists, the signatures. */
final class FormBlocks {
    private final FormFonts fonts;
    private final FormDensity density;
    private final float bodySize;
    private final float tableSize;

    FormBlocks(FormFonts fonts, FormDensity density) {
        this.fonts = fonts;
        this.density = density;
        this.bodySize = density.body();
        this.tableSize = density.table();
    }

    Element draw(FormBlock block, FormSheet sheet, FormTemplateText template) {
        return switch (block) {
            case DOCUMENTS -> documents(sheet.documents());
            case NEEDED_DOCUMENTS -> numbered(sheet.neededDocuments());
            case REASONS -> numbered(sheet.reasons());
            case HAND_OVERS -> handOvers(sheet.handOvers());
            case SIGNATURE -> signature(sheet, template);
        };
    }

    private Element documents(List<FormSheet.DocumentLine> documents) {
        PdfPTable table = table(new float[] {7, 58, 24, 11}, "STT", "Tên giấy tờ", "Hình thức", "Số lượng");
        int no = 1;
        for (FormSheet.DocumentLine document : documents) {
            table.addCell(cell(Integer.toString(no++), Element.ALIGN_CENTER));
            table.addCell(cell(document.name(), Element.ALIGN_LEFT));
            table.addCell(cell(orBlank(document.copyKind()), Element.ALIGN_CENTER));
            table.addCell(cell(document.copies() > 0 ? Integer.toString(document.copies()) : "", Element.ALIGN_CENTER));
        }
        if (documents.isEmpty()) {
            blankRow(table, 4);
        }
        return table;
    }

    private Element handOvers(List<FormSheet.HandOver> handOvers) {
        PdfPTable table = table(
                new float[] {7, 29, 19, 17, 15, 13},
                "STT",
                "Bước xử lý, giao – nhận hồ sơ",
                "Thời gian giao, nhận hồ sơ",
                "Hạn của bước",
                "Kết quả (Trước hạn/ Đúng hạn/ Quá hạn)",
                "Ghi chú");
        int no = 1;
        for (FormSheet.HandOver handOver : handOvers) {
            table.addCell(cell(Integer.toString(no++), Element.ALIGN_CENTER));
            Phrase who = new Phrase("", fonts.regular(tableSize));
            who.add(new Phrase(orBlank(handOver.stepName()) + "\n", fonts.bold(tableSize)));
            who.add(new Phrase(
                    "Giao: " + orBlank(handOver.from()) + "\nNhận: " + orBlank(handOver.to()),
                    fonts.regular(tableSize)));
            table.addCell(cell(who, Element.ALIGN_LEFT));
            table.addCell(cell(orBlank(FormDates.time(handOver.handedOverAt())), Element.ALIGN_CENTER));
            table.addCell(cell(orBlank(FormDates.time(handOver.stepDueAt())), Element.ALIGN_CENTER));
            table.addCell(cell(orBlank(handOver.verdict()), Element.ALIGN_CENTER));
            table.addCell(cell(handOver.comment() == null ? "" : handOver.comment(), Element.ALIGN_LEFT));
        }
        if (handOvers.isEmpty()) {
            blankRow(table, 6);
        }
        return table;
    }

    private Element numbered(List<String> items) {
        Paragraph list = new Paragraph("", fonts.regular(bodySize));
        if (items.isEmpty()) {
            list.add(item(TemplateLine.BLANK));
        }
        int no = 1;
        for (String item : items) {
            list.add(item(no++ + ". " + item));
        }
        return list;
    }

    private Paragraph item(String text) {
        Paragraph item = new Paragraph(bodySize * density.leading(), text, fonts.regular(bodySize));
        item.setIndentationLeft(18);
        item.setAlignment(Element.ALIGN_JUSTIFIED);
        return item;
    }

    private Element signature(FormSheet sheet, FormTemplateText template) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        table.addCell(signer(
                template.header(FormTemplateText.Header.SIGNER_LEFT).map(l -> l.fill(sheet)),
                template.header(FormTemplateText.Header.SIGNER_LEFT_NAME).map(l -> l.fill(sheet))));
        table.addCell(signer(
                template.header(FormTemplateText.Header.SIGNER_RIGHT).map(l -> l.fill(sheet)),
                template.header(FormTemplateText.Header.SIGNER_RIGHT_NAME).map(l -> l.fill(sheet))));
        return table;
    }

    private PdfPCell signer(Optional<String> title, Optional<String> name) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        if (title.isPresent()) {
            cell.addElement(centred(title.get(), fonts.bold(bodySize)));
            cell.addElement(centred("(Ký và ghi rõ họ tên)", fonts.italic(bodySize)));
            Paragraph space = new Paragraph(" ", fonts.regular(bodySize));
            space.setSpacingBefore(density.signatureGap());
            cell.addElement(space);
            name.ifPresent(n -> cell.addElement(centred(n, fonts.bold(bodySize))));
        }
        return cell;
    }

    private Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = cell(new Phrase(heading, fonts.bold(tableSize)), Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell cell(String text, int alignment) {
        return cell(new Phrase(text, fonts.regular(tableSize)), alignment);
    }

    private PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(density.cellPadding());
        cell.setLeading(0, Math.min(1.2f, density.leading()));
        return cell;
    }

    private void blankRow(PdfPTable table, int columns) {
        for (int i = 0; i < columns; i++) {
            table.addCell(cell(i == 1 ? TemplateLine.BLANK : " ", Element.ALIGN_LEFT));
        }
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? TemplateLine.BLANK : value;
    }
}
