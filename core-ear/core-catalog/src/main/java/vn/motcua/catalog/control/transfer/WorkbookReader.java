package vn.motcua.catalog.control.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.motcua.spi.DomainException;

/**
 * Reads the data sheets of a catalog workbook with POI's event (SAX) API, so a sheet of thousands of rows is never
 * held as a cell model in memory. Numbers come back as plain decimals ("0.5", "150000") whatever the cell's display
 * format, text as typed. Refuses what is not an .xlsx workbook by its first bytes, not by its name.
 */
public final class WorkbookReader {

    /** Upload cap; a province's whole catalog (2,000 procedures with their parts) is well under 2 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_ROWS_PER_SHEET = 50_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookReader() {}

    /** The non-empty data rows of each data sheet present, by sheet name ({@link CatalogWorkbook#DATA_SHEETS}). */
    public static Map<String, List<SheetRow>> read(byte[] content) {
        checkKind(content);
        var sheets = new LinkedHashMap<String, List<SheetRow>>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            var iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = dataSheetName(iterator.getSheetName());
                    if (name != null && !sheets.containsKey(name)) {
                        sheets.put(name, rows(name, sheet, styles, strings));
                    }
                }
            }
        } catch (NotOfficeXmlFileException | POIXMLException | OpenXML4JException | IOException | SAXException e) {
            throw new DomainException("catalog.transfer.file.notXlsx");
        }
        if (!sheets.containsKey(CatalogWorkbook.PROCEDURES)) {
            throw new DomainException("catalog.transfer.file.noProcedureSheet", CatalogWorkbook.PROCEDURES);
        }
        return sheets;
    }

    /** Refuses an empty, too large, old-format (.xls) or non-ZIP upload before POI looks at it. */
    public static void checkKind(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("catalog.transfer.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("catalog.transfer.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, OLE2)) {
            throw new DomainException("catalog.transfer.file.xls");
        }
        if (!startsWith(content, ZIP)) {
            throw new DomainException("catalog.transfer.file.notXlsx");
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String dataSheetName(String name) {
        String folded = CatalogWorkbook.fold(name);
        return CatalogWorkbook.DATA_SHEETS.stream()
                .filter(s -> CatalogWorkbook.fold(s).equals(folded))
                .findFirst()
                .orElse(null);
    }

    private static List<SheetRow> rows(
            String sheet, InputStream xml, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException {
        var collector = new RowCollector(sheet);
        try {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(
                    new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainNumbers(), false));
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!collector.headerSeen) {
            throw new DomainException("catalog.transfer.file.header", sheet, CatalogWorkbook.CODE_HEADER);
        }
        return collector.rows;
    }

    /** Collects rows as lists of text; checks the header row. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;
        private int nextColumn;
        private boolean headerSeen;

        RowCollector(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            boolean empty = cells.stream().allMatch(String::isEmpty);
            if (rowNum == 0 || !headerSeen) {
                if (empty) {
                    return;
                }
                if (rowNum != 0
                        || !CatalogWorkbook.fold(cells.get(0))
                                .equals(CatalogWorkbook.fold(CatalogWorkbook.CODE_HEADER))) {
                    throw new DomainException("catalog.transfer.file.header", sheet, CatalogWorkbook.CODE_HEADER);
                }
                headerSeen = true;
                return;
            }
            if (empty) {
                return;
            }
            if (rows.size() >= MAX_ROWS_PER_SHEET) {
                throw new DomainException("catalog.transfer.file.tooManyRows", sheet, MAX_ROWS_PER_SHEET);
            }
            rows.add(new SheetRow(sheet, rowNum + 1, List.copyOf(cells)));
        }
    }

    /** Numbers as plain decimals, whatever their display format (dates keep theirs). */
    private static final class PlainNumbers extends DataFormatter {
        PlainNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
