package vn.motcua.plugins.licensing.licence.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.plugins.licensing.licence.entity.Licence;

/**
 * The registry as an Excel workbook, written with POI's streaming writer (a window of rows in memory, the rest on
 * disk) so that exporting a province's whole registry does not fill the heap. POI is the core's library, used here
 * with scope provided. Headings and labels come from the portal's bundle in the officer's language.
 */
public final class RegistryWorkbook implements AutoCloseable {

    /** Message keys of the columns, in order. */
    public static final List<String> HEADINGS = List.of(
            "licensing.registry.number",
            "licensing.registry.kind",
            "licensing.registry.holder",
            "licensing.registry.holderId",
            "licensing.registry.publication",
            "licensing.registry.periodicity",
            "licensing.registry.pages",
            "licensing.registry.copies",
            "licensing.registry.issuedOn",
            "licensing.registry.expiresOn",
            "licensing.registry.status",
            "licensing.registry.dossier");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final Function<String, String> text;
    private final LocalDate today;
    private final CellStyle dateStyle;
    private int next = 1;

    public RegistryWorkbook(Function<String, String> text, LocalDate today) {
        this.text = text;
        this.today = today;
        this.sheet = workbook.createSheet(safeSheetName(text.apply("licensing.registry.title")));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headingStyle = workbook.createCellStyle();
        headingStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row heading = sheet.createRow(0);
        for (int i = 0; i < HEADINGS.size(); i++) {
            var cell = heading.createCell(i);
            cell.setCellValue(text.apply(HEADINGS.get(i)));
            cell.setCellStyle(headingStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    public void add(Licence licence) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(licence.getNumber());
        row.createCell(1).setCellValue(text.apply(licence.getKind().labelKey()));
        row.createCell(2).setCellValue(licence.getHolderName());
        row.createCell(3).setCellValue(licence.getHolderIdNumber());
        row.createCell(4).setCellValue(licence.getPublication().getPublicationName());
        row.createCell(5)
                .setCellValue(
                        text.apply(licence.getPublication().getPeriodicity().labelKey()));
        row.createCell(6).setCellValue(licence.getPublication().getPages());
        row.createCell(7).setCellValue(licence.getPublication().getCopies());
        date(row, 8, licence.getIssuedOn());
        date(row, 9, licence.getExpiresOn());
        row.createCell(10).setCellValue(text.apply(licence.statusOn(today).labelKey()));
        row.createCell(11).setCellValue(licence.getDossierCode());
    }

    /** Rows written so far, headings excluded. */
    public int rows() {
        return next - 1;
    }

    public void write(OutputStream out) {
        for (int i = 0; i < HEADINGS.size(); i++) {
            sheet.setColumnWidth(i, i == 2 || i == 4 ? 40 * 256 : 16 * 256);
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary files of the streamed rows
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void date(Row row, int column, LocalDate day) {
        var cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(dateStyle);
    }

    private static String safeSheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
