package vn.motcua.plugins.vehicle.licence.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.procedure.ResultContext;

/** The printed result of a licence exchange or re-issue, as the core lays it out (header, number, signature, QR). */
public final class LicenceSheets {

    /** What the document is, as the dossier screen and the lookup name it. */
    public static final String TITLE = "Giấy phép lái xe";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LicenceSheets() {}

    public static ResultSheet sheet(IssuedLicence l, ResultContext context) {
        var body = new ArrayList<String>();
        body.add("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024; Thông tư"
                + " 35/2024/TT-BGTVT quy định về đào tạo, sát hạch, cấp giấy phép lái xe;");
        body.add((VehicleRegistrationPlugin.EXCHANGE.equals(l.getProcedureCode())
                        ? "Đổi giấy phép lái xe cho ông/bà: "
                        : "Cấp lại giấy phép lái xe cho ông/bà: ")
                + l.getHolderName());
        body.add("- Ngày sinh: " + DAY.format(l.getHolderBirthDate()));
        if (l.getHolderIdNumber() != null && !l.getHolderIdNumber().isBlank()) {
            body.add("- Số định danh cá nhân: " + l.getHolderIdNumber());
        }
        body.add("- Số giấy phép lái xe: " + l.getLicenceNumber());
        body.add("- Hạng: " + l.getLicenceClass());
        body.add("- Ngày cấp: " + DAY.format(l.getIssuedOn()));
        body.add("- Có giá trị đến: " + (l.getExpiresOn() == null ? "Không thời hạn" : DAY.format(l.getExpiresOn())));
        if (l.getRestriction() != null) {
            body.add("- Điều kiện hạn chế: " + l.getRestriction());
        }
        body.add("- Thay thế giấy phép lái xe số " + l.getPreviousNumber() + ", hạng " + l.getPreviousClass() + ".");
        body.add("Giấy phép lái xe có giá trị sử dụng trên phạm vi toàn quốc.");
        return new ResultSheet(
                l.getAgencyId(),
                l.getLicenceNumber(),
                l.getIssuedOn(),
                "GIẤY PHÉP LÁI XE",
                VehicleRegistrationPlugin.EXCHANGE.equals(l.getProcedureCode())
                        ? "(Đổi giấy phép lái xe)"
                        : "(Cấp lại giấy phép lái xe)",
                body,
                "GIÁM ĐỐC",
                context.approverName(),
                context.lookupUrl());
    }

    public static String fileName(String number) {
        return "giay-phep-lai-xe-" + number + ".pdf";
    }
}
