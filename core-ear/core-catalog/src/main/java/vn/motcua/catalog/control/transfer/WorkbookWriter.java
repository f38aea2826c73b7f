package vn.motcua.catalog.control.transfer;

import static vn.motcua.catalog.control.transfer.CatalogWorkbook.CODES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.DOCUMENTS;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.FEES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.PROCEDURES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.STEPS;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/**
 * Writes a catalog workbook with POI's streaming writer (SXSSF: only a window of rows stays in memory; the rest goes
 * to a temporary file that {@link #close()} removes). With no procedure it is the import template: headers in
 * Vietnamese, dropdowns for every choice and for the codes of sectors, agencies and roles (listed on a sheet of
 * their own), and a sheet of instructions. An export is the same workbook with rows, so it can be imported again.
 */
public final class WorkbookWriter implements AutoCloseable {

    private static final int WINDOW = 200;
    /** Dropdowns reach at least this far below the header, and 1,000 rows past the last row written. */
    private static final int VALIDATED_ROWS = 5_000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<String, SXSSFSheet> sheets = new HashMap<>();
    private final Map<String, Integer> nextRow = new HashMap<>();
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final int sectorCount;
    private final int agencyCount;
    private final int roleCount;

    public WorkbookWriter(List<Sector> sectors, List<Agency> agencies, List<Role> roles) {
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setWrapText(true);
        textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        for (String name : CatalogWorkbook.DATA_SHEETS) {
            SXSSFSheet sheet = workbook.createSheet(name);
            sheets.put(name, sheet);
            List<String> headers = CatalogWorkbook.HEADERS.get(name);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, CatalogWorkbook.WIDTHS.get(name)[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            nextRow.put(name, 1);
        }
        sectorCount = sectors.size();
        agencyCount = agencies.size();
        roleCount = roles.size();
        writeCodes(sectors, agencies, roles);
        writeInstructions();
    }

    /** Writes one procedure version on every sheet (parts given, so callers can load them in batches). */
    public void procedure(
            ProcedureVersion version, List<RequiredDocument> documents, List<Fee> fees, List<ProcessStep> steps) {
        String code = version.getProcedure().getNationalCode();
        row(
                PROCEDURES,
                code,
                version.getName(),
                version.getSector().getCode(),
                version.getDecidingAgency().getCode(),
                version.getStatutoryDays(),
                CatalogWorkbook.ONLINE_LEVELS.get(version.getOnlineLevel()),
                version.getResultName(),
                version.getLegalBasis());
        for (RequiredDocument d : documents) {
            row(
                    DOCUMENTS,
                    code,
                    d.getName(),
                    CatalogWorkbook.COPY_KINDS.get(d.getCopyKind()),
                    BigDecimal.valueOf(d.getCopies()),
                    CatalogWorkbook.YES_NO.get(d.isMandatory()));
        }
        for (Fee f : fees) {
            row(
                    FEES,
                    code,
                    f.getName(),
                    CatalogWorkbook.FEE_KINDS.get(f.getKind()),
                    f.getAmount(),
                    CatalogWorkbook.FEE_DUES.get(f.getDue()));
        }
        for (ProcessStep s : steps) {
            row(
                    STEPS,
                    code,
                    s.getName(),
                    s.getRole().getCode(),
                    s.getBudgetDays(),
                    s.getActions().stream()
                            .map(CatalogWorkbook.STEP_ACTIONS::get)
                            .collect(Collectors.joining(", ")),
                    place(s));
        }
    }

    public void write(OutputStream out) {
        addDropdowns();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String place(ProcessStep step) {
        if (step.getActing() == StepActing.NAMED_AGENCY && step.getAgency() != null) {
            return step.getAgency().getCode();
        }
        return step.getActing() == StepActing.RECEIVING_COUNTER
                ? CatalogWorkbook.RECEIVING_COUNTER
                : CatalogWorkbook.DECIDING_AGENCY;
    }

    private void row(String sheetName, Object... values) {
        int at = nextRow.merge(sheetName, 1, Integer::sum) - 1;
        Row row = sheets.get(sheetName).createRow(at);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
                if (i == 0) {
                    cell.setCellStyle(textStyle); // codes stay text ("000.00.12.H99")
                }
            }
        }
    }

    private void writeCodes(List<Sector> sectors, List<Agency> agencies, List<Role> roles) {
        SXSSFSheet sheet = workbook.createSheet(CODES);
        String[] headers = {"Mã lĩnh vực", "Tên lĩnh vực", "", "Mã cơ quan", "Tên cơ quan", "", "Mã vai trò", "Vai trò"
        };
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            if (!headers[i].isEmpty()) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(headerStyle);
            }
        }
        int[] widths = {16, 40, 3, 22, 50, 3, 22, 36};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int rows = Math.max(sectors.size(), Math.max(agencies.size(), roles.size()));
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            if (i < sectors.size()) {
                row.createCell(0).setCellValue(sectors.get(i).getCode());
                row.createCell(1).setCellValue(sectors.get(i).getName());
            }
            if (i < agencies.size()) {
                row.createCell(3).setCellValue(agencies.get(i).getCode());
                row.createCell(4).setCellValue(agencies.get(i).getName());
            }
            if (i < roles.size()) {
                row.createCell(6).setCellValue(roles.get(i).getCode());
                row.createCell(7).setCellValue(roles.get(i).getName());
            }
        }
    }

    private void writeInstructions() {
        SXSSFSheet sheet = workbook.createSheet("Hướng dẫn");
        sheet.setColumnWidth(0, 140 * 256);
        String[] lines = {
            "Mỗi thủ tục một dòng trên sheet \"Thủ tục\"; các sheet khác ghi Mã TTHC để gắn vào thủ tục đó.",
            "Thời hạn và số ngày tính theo ngày làm việc, cho phép nửa ngày (0,5 hoặc 0.5).",
            "Mã lĩnh vực, mã cơ quan (mã định danh) và vai trò lấy ở sheet \"Danh mục mã\".",
            "Không có dòng nào trên sheet \"Quy trình\": thủ tục dùng quy trình chuẩn (tiếp nhận, thẩm định, phê duyệt).",
            "Tổng số ngày các bước phải bằng thời hạn; bước cuối phải có thao tác \"Phê duyệt\".",
            "Thao tác của một bước ghi cách nhau bởi dấu phẩy: " + CatalogWorkbook.labels(CatalogWorkbook.STEP_ACTIONS)
                    + ".",
            "Nơi thực hiện của bước: để trống (cơ quan giải quyết), \"Bộ phận một cửa\", hoặc mã định danh cơ quan"
                    + " (liên thông).",
            "Một dòng sai ở bất kỳ sheet nào: cả thủ tục đó không được nhập, các thủ tục khác vẫn được nhập.",
            "Mã TTHC đã có trong hệ thống: nhập thành phiên bản mới, có hiệu lực từ ngày chọn khi nhập."
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
    }

    private void addDropdowns() {
        list(PROCEDURES, 2, codesRange("A", sectorCount));
        list(PROCEDURES, 3, codesRange("D", agencyCount));
        list(PROCEDURES, 5, CatalogWorkbook.ONLINE_LEVELS.values().toArray(String[]::new));
        list(DOCUMENTS, 2, CatalogWorkbook.COPY_KINDS.values().toArray(String[]::new));
        list(DOCUMENTS, 4, CatalogWorkbook.YES_NO.values().toArray(String[]::new));
        list(FEES, 2, CatalogWorkbook.FEE_KINDS.values().toArray(String[]::new));
        list(FEES, 4, CatalogWorkbook.FEE_DUES.values().toArray(String[]::new));
        list(STEPS, 2, codesRange("G", roleCount));
    }

    private String codesRange(String column, int count) {
        return count == 0 ? null : "'%s'!$%s$2:$%s$%d".formatted(CODES, column, column, count + 1);
    }

    private void list(String sheetName, int column, Object listOrFormula) {
        if (listOrFormula == null) {
            return;
        }
        SXSSFSheet sheet = sheets.get(sheetName);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = listOrFormula instanceof String formula
                ? helper.createFormulaListConstraint(formula)
                : helper.createExplicitListConstraint((String[]) listOrFormula);
        int last = Math.max(VALIDATED_ROWS, nextRow.get(sheetName) + 1_000);
        var validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
