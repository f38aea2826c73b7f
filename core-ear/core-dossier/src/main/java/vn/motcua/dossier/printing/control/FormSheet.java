package vn.motcua.dossier.printing.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a printed form may show about one dossier at one moment, as plain values: the renderer never sees an
 * entity. The caller fills what the kind needs; a missing value ({@code null}) prints as a dotted blank to fill by
 * hand. Lists are copied and never null.
 *
 * @param kind which form
 * @param header the agency header and the place for the date line
 * @param issuedOn the date of the form, printed as "Thái Hòa, ngày 22 tháng 11 năm 2026"
 * @param dossierCode the dossier code, printed as text and as the QR code's subject
 * @param lookupUrl the public lookup address with code and secret; the QR code encodes exactly this
 * @param applicant who applied
 * @param procedureName the procedure requested (nội dung yêu cầu giải quyết)
 * @param receivedAt when the dossier was received
 * @param dueAt the appointment for the result
 * @param newDueAt the new appointment (form 04)
 * @param delayReason why the result is late (form 04)
 * @param reasons reasons for a supplement request or a refusal (forms 02, 03)
 * @param documents the documents handed in (form 01)
 * @param neededDocuments what the applicant must add or complete (form 02)
 * @param handOvers the hand-overs between steps (form 05)
 * @param officerName the officer who signs the form
 * @param resultDelivery where or how the result is delivered (đăng ký nhận kết quả tại)
 * @param receipt form 01 details beyond the common ones; never null ({@link ReceiptDetails#NONE} when unknown)
 */
public record FormSheet(
        FormKind kind,
        AgencyHeader header,
        LocalDate issuedOn,
        String dossierCode,
        String lookupUrl,
        Applicant applicant,
        String procedureName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime newDueAt,
        String delayReason,
        List<String> reasons,
        List<DocumentLine> documents,
        List<String> neededDocuments,
        List<HandOver> handOvers,
        String officerName,
        String resultDelivery,
        ReceiptDetails receipt) {

    public FormSheet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
        applicant = applicant == null ? Applicant.UNKNOWN : applicant;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        documents = documents == null ? List.of() : List.copyOf(documents);
        neededDocuments = neededDocuments == null ? List.of() : List.copyOf(neededDocuments);
        handOvers = handOvers == null ? List.of() : List.copyOf(handOvers);
        receipt = receipt == null ? ReceiptDetails.NONE : receipt;
    }

    /**
     * The agency part of the header.
     *
     * @param superiorAgency the governing body (cơ quan chủ quản), e.g. "UBND TỈNH THÁI HÒA"; may be null
     * @param issuingAgency the agency or counter that issues the form, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
     * @param placeName the place of the date line, e.g. "Thái Hòa"
     * @param contactPhone the counter's phone for questions (form 02); may be null
     */
    public record AgencyHeader(String superiorAgency, String issuingAgency, String placeName, String contactPhone) {
        public AgencyHeader {
            Objects.requireNonNull(issuingAgency, "issuingAgency");
            Objects.requireNonNull(placeName, "placeName");
        }
    }

    /**
     * The applicant, citizen or organisation, as typed at the counter or online. Any part may be null.
     *
     * @param name full name or organisation name
     * @param idNumber ID number (CCCD) or tax code
     * @param address postal address
     * @param phone phone number
     * @param email e-mail address
     */
    public record Applicant(String name, String idNumber, String address, String phone, String email) {
        /** An applicant of whom nothing is known: every line prints as a blank. */
        public static final Applicant UNKNOWN = new Applicant(null, null, null, null, null);
    }

    /**
     * One document of the dossier.
     *
     * @param name the document's name
     * @param copyKind how it was handed in, as printed: "Bản chính", "Bản sao có chứng thực", "Bản sao"
     * @param copies how many
     */
    public record DocumentLine(String name, String copyKind, int copies) {
        public DocumentLine {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One hand-over of the dossier from a step to the next (form 05).
     *
     * @param stepName the step that ended with this hand-over
     * @param from who handed over: officer and agency, e.g. "Nguyễn Văn A – Bộ phận một cửa"
     * @param to who received it
     * @param handedOverAt when
     * @param stepDueAt when the step was due
     * @param verdict "Trước hạn", "Đúng hạn" or "Quá hạn"
     * @param comment notes; may be null
     */
    public record HandOver(
            String stepName,
            String from,
            String to,
            LocalDateTime handedOverAt,
            LocalDateTime stepDueAt,
            String verdict,
            String comment) {}

    /**
     * What only the receipt (form 01) prints.
     *
     * @param sets number of sets of the dossier (số lượng hồ sơ); 0 when unknown
     * @param statutoryTime the statutory processing time as printed, e.g. "15 ngày làm việc"
     * @param fees fees and charges as printed, e.g. "50.000 đồng"
     * @param registerEntry where it is entered in the register book, e.g. "Quyển số 02, số thứ tự 123"
     */
    public record ReceiptDetails(int sets, String statutoryTime, String fees, String registerEntry) {
        /** Nothing known beyond the common fields. */
        public static final ReceiptDetails NONE = new ReceiptDetails(0, null, null, null);
    }
}
