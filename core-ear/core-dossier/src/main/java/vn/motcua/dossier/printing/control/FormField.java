package vn.motcua.dossier.printing.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fixed whitelist of {@code ${placeholders}} a template may use. Each field reads one value of the sheet and
 * formats it; nothing else is reachable from a template.
 */
public enum FormField {
    SUPERIOR_AGENCY("superiorAgency", "cơ quan chủ quản", s -> s.header().superiorAgency()),
    ISSUING_AGENCY(
            "issuingAgency", "cơ quan, bộ phận tiếp nhận", s -> s.header().issuingAgency()),
    PLACE_NAME("placeName", "địa danh", s -> s.header().placeName()),
    CONTACT_PHONE("contactPhone", "số điện thoại liên hệ", s -> s.header().contactPhone()),
    ISSUED_ON("issuedOn", "ngày lập phiếu", s -> FormDates.date(s.issuedOn())),
    DOSSIER_CODE("dossierCode", "mã hồ sơ", FormSheet::dossierCode),
    LOOKUP_URL("lookupUrl", "địa chỉ tra cứu", FormSheet::lookupUrl),
    APPLICANT_NAME("applicantName", "tên người nộp", s -> s.applicant().name()),
    APPLICANT_ID_NUMBER(
            "applicantIdNumber", "số giấy tờ tùy thân", s -> s.applicant().idNumber()),
    APPLICANT_ADDRESS(
            "applicantAddress", "địa chỉ người nộp", s -> s.applicant().address()),
    APPLICANT_PHONE("applicantPhone", "điện thoại người nộp", s -> s.applicant().phone()),
    APPLICANT_EMAIL(
            "applicantEmail", "thư điện tử người nộp", s -> s.applicant().email()),
    PROCEDURE_NAME("procedureName", "tên thủ tục", FormSheet::procedureName),
    RECEIVED_AT("receivedAt", "thời gian nhận hồ sơ", s -> FormDates.time(s.receivedAt())),
    RECEIVED_DATE("receivedDate", "ngày nhận hồ sơ", s -> FormDates.date(s.receivedAt())),
    DUE_AT("dueAt", "thời gian hẹn trả kết quả", s -> FormDates.time(s.dueAt())),
    DUE_DATE("dueDate", "ngày hẹn trả kết quả", s -> FormDates.date(s.dueAt())),
    NEW_DUE_AT("newDueAt", "thời gian hẹn lại", s -> FormDates.time(s.newDueAt())),
    NEW_DUE_DATE("newDueDate", "ngày hẹn lại", s -> FormDates.date(s.newDueAt())),
    DELAY_REASON("delayReason", "lý do chậm trả kết quả", FormSheet::delayReason),
    OFFICER_NAME("officerName", "cán bộ ký phiếu", FormSheet::officerName),
    RESULT_DELIVERY("resultDelivery", "nơi, hình thức nhận kết quả", FormSheet::resultDelivery),
    SETS(
            "sets",
            "số lượng bộ hồ sơ",
            s -> s.receipt().sets() > 0 ? Integer.toString(s.receipt().sets()) : null),
    STATUTORY_TIME("statutoryTime", "thời hạn giải quyết theo quy định", s -> s.receipt()
            .statutoryTime()),
    FEES("fees", "phí, lệ phí", s -> s.receipt().fees()),
    REGISTER_ENTRY("registerEntry", "số vào sổ theo dõi", s -> s.receipt().registerEntry());

    private final String key;
    private final String label;
    private final Function<FormSheet, String> value;

    FormField(String key, String label, Function<FormSheet, String> value) {
        this.key = key;
        this.label = label;
        this.value = value;
    }

    /** The name written in a template, {@code ${key}}. */
    public String key() {
        return key;
    }

    /** What the field holds, in Vietnamese, for the admin screen's list of fields. */
    public String label() {
        return label;
    }

    /** The formatted value on this sheet, or null when the sheet does not have it. */
    public String valueOf(FormSheet sheet) {
        return value.apply(sheet);
    }

    static Optional<FormField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
