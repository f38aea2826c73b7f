package vn.motcua.catalog.control.transfer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.StepAction;

/**
 * The catalog workbook format, shared by the template, the export and the import: sheet names, column headers and
 * the Vietnamese words that stand for the catalog's choices. Columns are read by position; the header row must start
 * with "Mã TTHC". The format is described in the module's README.
 */
public final class CatalogWorkbook {

    public static final String PROCEDURES = "Thủ tục";
    public static final String DOCUMENTS = "Thành phần hồ sơ";
    public static final String FEES = "Phí, lệ phí";
    public static final String STEPS = "Quy trình";
    /** Lists the codes of sectors, agencies and roles for the dropdowns; ignored on import. */
    public static final String CODES = "Danh mục mã";

    public static final String CODE_HEADER = "Mã TTHC";

    /** The data sheets in the order they are read and reported. */
    public static final List<String> DATA_SHEETS = List.of(PROCEDURES, DOCUMENTS, FEES, STEPS);

    public static final Map<String, List<String>> HEADERS = Map.of(
            PROCEDURES,
                    List.of(
                            CODE_HEADER,
                            "Tên thủ tục",
                            "Mã lĩnh vực",
                            "Mã cơ quan giải quyết",
                            "Thời hạn (ngày làm việc)",
                            "Mức độ",
                            "Kết quả",
                            "Căn cứ pháp lý"),
            DOCUMENTS, List.of(CODE_HEADER, "Tên giấy tờ", "Loại bản", "Số lượng", "Bắt buộc"),
            FEES, List.of(CODE_HEADER, "Tên", "Loại", "Số tiền (đồng)", "Thời điểm thu"),
            STEPS, List.of(CODE_HEADER, "Bước", "Vai trò", "Số ngày", "Thao tác", "Nơi thực hiện"));

    /** Column widths in characters, per sheet, in header order. */
    public static final Map<String, int[]> WIDTHS = Map.of(
            PROCEDURES, new int[] {22, 60, 14, 24, 14, 14, 40, 60},
            DOCUMENTS, new int[] {22, 60, 22, 10, 10},
            FEES, new int[] {22, 40, 10, 16, 22},
            STEPS, new int[] {22, 36, 22, 10, 50, 22});

    public static final Map<OnlineLevel, String> ONLINE_LEVELS =
            ordered(OnlineLevel.FULL, "Toàn trình", OnlineLevel.PARTIAL, "Một phần", OnlineLevel.NONE, "Trực tiếp");
    public static final Map<CopyKind, String> COPY_KINDS = ordered(
            CopyKind.ORIGINAL,
            "Bản chính",
            CopyKind.CERTIFIED_COPY,
            "Bản sao chứng thực",
            CopyKind.PHOTOCOPY,
            "Bản chụp");
    public static final Map<FeeKind, String> FEE_KINDS = ordered(FeeKind.FEE, "Phí", FeeKind.CHARGE, "Lệ phí");
    public static final Map<FeeDue, String> FEE_DUES =
            ordered(FeeDue.AT_RECEIPT, "Khi tiếp nhận", FeeDue.BEFORE_RESULT, "Trước khi trả kết quả");
    public static final Map<Boolean, String> YES_NO = ordered(Boolean.TRUE, "Có", Boolean.FALSE, "Không");
    public static final Map<StepAction, String> STEP_ACTIONS = ordered(
            StepAction.FORWARD, "Chuyển bước tiếp",
            StepAction.SEND_BACK, "Trả lại bước trước",
            StepAction.REQUEST_SUPPLEMENT, "Yêu cầu bổ sung",
            StepAction.TRANSFER, "Chuyển liên thông",
            StepAction.REFUSE, "Từ chối",
            StepAction.APPROVE, "Phê duyệt");

    /** "Nơi thực hiện" of a step: empty or this = the deciding agency; a counter; otherwise an agency code. */
    public static final String DECIDING_AGENCY = "Cơ quan giải quyết";

    public static final String RECEIVING_COUNTER = "Bộ phận một cửa";

    private CatalogWorkbook() {}

    /** The choice a cell names, matched without regard to case, spacing or Vietnamese diacritics. */
    public static <T> Optional<T> choice(Map<T, String> labels, String cell) {
        String wanted = fold(cell);
        return labels.entrySet().stream()
                .filter(e -> fold(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** "Toàn trình, Một phần, Trực tiếp" — for messages. */
    public static String labels(Map<?, String> labels) {
        return String.join(", ", labels.values());
    }

    /** Lower case, single spaces, no diacritics ("Bản  Chính" and "ban chinh" match). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A number as people type it in Vietnam or elsewhere: "0,5", "0.5", "2". Thousands separators are only accepted
     * by {@link #amount(String)}.
     */
    public static Optional<BigDecimal> decimal(String cell) {
        String text = cell == null ? "" : cell.strip().replace(',', '.');
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** An amount of đồng: digits, optionally grouped by dots, commas or spaces ("1.500.000", "1 500 000"). */
    public static Optional<BigDecimal> amount(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.matches("\\d{1,3}([.,\\s]\\d{3})+")) {
            text = text.replaceAll("[.,\\s]", "");
        }
        return decimal(text);
    }

    /** 2.0 → "2", 0.5 → "0,5" — how a number of days is written back in the workbook and in messages. */
    public static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, String> ordered(Object... keysAndLabels) {
        var map = new LinkedHashMap<T, String>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put((T) keysAndLabels[i], (String) keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static List<String> headers(String sheet) {
        return HEADERS.get(sheet);
    }

    static boolean isDataSheet(String name) {
        return Arrays.asList(PROCEDURES, DOCUMENTS, FEES, STEPS).contains(name);
    }
}
