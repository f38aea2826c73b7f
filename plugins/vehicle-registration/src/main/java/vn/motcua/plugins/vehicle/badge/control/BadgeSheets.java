package vn.motcua.plugins.vehicle.badge.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.procedure.ResultContext;

/** The printed badge decision for a commercial vehicle, as the core lays it out. */
public final class BadgeSheets {

    public static final String TITLE = "Phù hiệu xe kinh doanh vận tải";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BadgeSheets() {}

    public static ResultSheet sheet(IssuedBadge b, ResultContext context) {
        var body = new ArrayList<String>();
        body.add("Căn cứ Nghị định số 158/2024/NĐ-CP quy định về hoạt động vận tải đường bộ; Thông tư"
                + " 36/2024/TT-BGTVT;");
        body.add("Cấp phù hiệu " + b.getBadgeKind().printed() + " cho phương tiện:");
        body.add("- Biển số đăng ký: " + b.getPlateText());
        body.add("- Loại phương tiện: " + b.getVehicleType().label());
        body.add(
                b.getVehicleType().passenger()
                        ? "- Số chỗ (không kể người lái): " + b.getSeats()
                        : "- Khối lượng hàng chuyên chở: " + tonnes(b.getTonnage()) + " tấn");
        body.add("- Đơn vị kinh doanh vận tải: " + b.getHolderName());
        if (b.getHolderIdNumber() != null && !b.getHolderIdNumber().isBlank()) {
            body.add("- Mã số thuế / số định danh: " + b.getHolderIdNumber());
        }
        body.add("- Giấy phép kinh doanh vận tải bằng xe ô tô số: " + b.getBusinessLicenceNumber());
        body.add("- Số phù hiệu: " + b.getBadgeNumber());
        body.add("- Có giá trị từ ngày " + DAY.format(b.getIssuedOn()) + " đến hết ngày " + DAY.format(b.getExpiresOn())
                + ".");
        body.add("Phù hiệu phải được dán ở vị trí dễ quan sát trên kính chắn gió phía trước của phương tiện.");
        return new ResultSheet(
                b.getAgencyId(),
                b.getBadgeNumber(),
                b.getIssuedOn(),
                "PHÙ HIỆU " + b.getBadgeKind().printed(),
                null,
                body,
                "GIÁM ĐỐC",
                context.approverName(),
                context.lookupUrl());
    }

    /** {@code phu-hieu-000001-2026-PH.pdf}: the number without its slashes. */
    public static String fileName(String number) {
        return "phu-hieu-" + number.replace('/', '-') + ".pdf";
    }

    /** Vietnamese decimal comma: {@code 5,5}. */
    static String tonnes(BigDecimal tonnage) {
        var format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")));
        return format.format(tonnage);
    }
}
