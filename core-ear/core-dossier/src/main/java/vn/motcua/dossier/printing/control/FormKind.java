package vn.motcua.dossier.printing.control;

import java.util.Set;

/**
 * The printable forms of a one-stop shop (Circular 01/2018/TT-VPCP forms 01-05). The number is the one of the
 * built-in default templates; a replacement template may carry another reference line (the forms were renumbered in
 * 2025) without the kind changing.
 */
public enum FormKind {
    /** 01 — receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
    RECEIPT(
            "01",
            "receipt",
            "giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            Set.of(FormBlock.DOCUMENTS, FormBlock.SIGNATURE)),
    /** 02 — request to supplement the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
    SUPPLEMENT_REQUEST(
            "02",
            "supplement-request",
            "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            Set.of(FormBlock.NEEDED_DOCUMENTS, FormBlock.SIGNATURE)),
    /** 03 — refusal to receive (phiếu từ chối tiếp nhận giải quyết hồ sơ). */
    REFUSAL(
            "03",
            "refusal",
            "phiếu từ chối tiếp nhận giải quyết hồ sơ",
            Set.of(FormBlock.REASONS, FormBlock.SIGNATURE)),
    /** 04 — apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả). */
    APOLOGY("04", "apology", "phiếu xin lỗi và hẹn lại ngày trả kết quả", Set.of(FormBlock.SIGNATURE)),
    /** 05 — process control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ). */
    CONTROL_SHEET("05", "control-sheet", "phiếu kiểm soát quá trình giải quyết hồ sơ", Set.of(FormBlock.HAND_OVERS));

    private final String number;
    private final String slug;
    private final String label;
    private final Set<FormBlock> requiredBlocks;

    FormKind(String number, String slug, String label, Set<FormBlock> requiredBlocks) {
        this.number = number;
        this.slug = slug;
        this.label = label;
        this.requiredBlocks = requiredBlocks;
    }

    /** The form's number in Circular 01/2018/TT-VPCP ("01" … "05"). */
    public String number() {
        return number;
    }

    /** The form's name in Vietnamese, lower case, for messages. */
    public String label() {
        return label;
    }

    /** The file name stem of the built-in template, e.g. {@code 01-receipt}. */
    public String resourceName() {
        return number + "-" + slug;
    }

    /** The blocks a template of this kind must place, or the printed form would lack what makes it this form. */
    public Set<FormBlock> requiredBlocks() {
        return requiredBlocks;
    }
}
