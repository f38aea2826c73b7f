package vn.motcua.plugins.vehicle.registry.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;

/**
 * The registry as an Excel sheet, written with POI's streaming writer (only a window of rows in memory): Vietnamese
 * headers, dates as real dates, numbers and plates as text so Excel keeps their leading zeros and dots. The caller
 * feeds rows in batches and closes the workbook, which removes POI's temporary file.
 */
public final class RegistryWorkbook implements AutoCloseable {

    static final List<String> LICENCE_HEADERS = List.of(
            "Số GPLX",
            "Hạng",
            "Điều kiện hạn chế",
            "Họ và tên",
            "Số định danh",
            "Ngày sinh",
            "Ngày cấp",
            "Có giá trị đến",
            "GPLX cũ",
            "Hạng cũ",
            "Thủ tục",
            "Mã hồ sơ");
    static final List<String> BADGE_HEADERS = List.of(
            "Số phù hiệu",
            "Loại phù hiệu",
            "Biển số",
            "Loại xe",
            "Số chỗ",
            "Tải trọng (tấn)",
            "Đơn vị kinh doanh vận tải",
            "Mã số thuế / định danh",
            "Số GPKD vận tải",
            "Ngày cấp",
            "Có giá trị đến",
            "Mã hồ sơ");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle text;
    private int next = 1;

    private RegistryWorkbook(String sheetName, List<String> headers) {
        sheet = workbook.createSheet(sheetName);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    public static RegistryWorkbook licences() {
        return new RegistryWorkbook("Giấy phép lái xe", LICENCE_HEADERS);
    }

    public static RegistryWorkbook badges() {
        return new RegistryWorkbook("Phù hiệu", BADGE_HEADERS);
    }

    public void add(IssuedLicence l) {
        Row row = sheet.createRow(next++);
        text(row, 0, l.getLicenceNumber());
        text(row, 1, l.getLicenceClass());
        text(row, 2, l.getRestriction());
        text(row, 3, l.getHolderName());
        text(row, 4, l.getHolderIdNumber());
        date(row, 5, l.getHolderBirthDate());
        date(row, 6, l.getIssuedOn());
        if (l.getExpiresOn() == null) {
            text(row, 7, "Không thời hạn");
        } else {
            date(row, 7, l.getExpiresOn());
        }
        text(row, 8, l.getPreviousNumber());
        text(row, 9, l.getPreviousClass());
        text(row, 10, l.getProcedureCode());
        text(row, 11, l.getDossierCode());
    }

    public void add(IssuedBadge b) {
        Row row = sheet.createRow(next++);
        text(row, 0, b.getBadgeNumber());
        text(row, 1, b.getBadgeKind().printed());
        text(row, 2, b.getPlateText());
        text(row, 3, b.getVehicleType().label());
        if (b.getSeats() != null) {
            row.createCell(4).setCellValue(b.getSeats());
        }
        if (b.getTonnage() != null) {
            row.createCell(5).setCellValue(b.getTonnage().doubleValue());
        }
        text(row, 6, b.getHolderName());
        text(row, 7, b.getHolderIdNumber());
        text(row, 8, b.getBusinessLicenceNumber());
        date(row, 9, b.getIssuedOn());
        date(row, 10, b.getExpiresOn());
        text(row, 11, b.getDossierCode());
    }

    /** Rows written so far, without the header. */
    public int rows() {
        return next - 1;
    }

    public void write(OutputStream out) {
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

    private void text(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(text);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
