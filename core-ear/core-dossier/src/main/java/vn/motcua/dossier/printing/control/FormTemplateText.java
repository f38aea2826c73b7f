package vn.motcua.dossier.printing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A checked form template, ready to render. Templates are text an admin can replace, so the format can only say
 * where fixed things go: no scripting, no expressions, no markup beyond a line prefix.
 *
 * <pre>
 * % a comment line
 * form: RECEIPT
 * reference: Mẫu số 01 – Thông tư 01/2018/TT-VPCP
 * title: GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
 * subtitle: Mã hồ sơ: ${dossierCode}            (optional)
 * signer-left: NGƯỜI NỘP HỒ SƠ                   (optional, with signer-left-name, signer-right, signer-right-name)
 * ---
 * Tiếp nhận hồ sơ của: ${applicantName}          a justified paragraph
 * # HEADING                                      bold, centred
 * ! Bold paragraph
 * - an indented item
 * _ an italic note
 * [[documents]]                                  a block, alone on its line
 * </pre>
 *
 * {@code ${name}} takes a field of the fixed whitelist {@link FormField}; {@code [[name]]} a {@link FormBlock}.
 * {@link #check} lists every problem in Vietnamese so an admin screen can refuse a broken upload.
 */
public final class FormTemplateText {
    /** Longer than any real form; keeps an upload from being a way to fill memory. */
    static final int MAX_CHARS = 20_000;

    private static final String SEPARATOR = "---";
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,40}");
    private static final Pattern BLOCK_LINE = Pattern.compile("\\[\\[([^\\[\\]]*)]]");

    /** The header lines a template may have. */
    enum Header {
        FORM("form", true),
        REFERENCE("reference", true),
        TITLE("title", true),
        SUBTITLE("subtitle", false),
        SIGNER_LEFT("signer-left", false),
        SIGNER_LEFT_NAME("signer-left-name", false),
        SIGNER_RIGHT("signer-right", false),
        SIGNER_RIGHT_NAME("signer-right-name", false);

        final String key;
        final boolean required;

        Header(String key, boolean required) {
            this.key = key;
            this.required = required;
        }

        static Optional<Header> byKey(String key) {
            return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
        }
    }

    private final FormKind kind;
    private final String content;
    private final Map<Header, TemplateLine> headers;
    private final List<TemplateElement> body;

    private FormTemplateText(
            FormKind kind, String content, Map<Header, TemplateLine> headers, List<TemplateElement> body) {
        this.kind = kind;
        this.content = content;
        this.headers = headers;
        this.body = List.copyOf(body);
    }

    /**
     * Every problem of a template for this kind of form, in Vietnamese; empty when it can be used.
     *
     * @param kind the form the template is meant for
     * @param content the template text
     */
    public static List<TemplateProblem> check(FormKind kind, String content) {
        Parser parser = new Parser(kind, content);
        parser.run();
        return List.copyOf(parser.problems);
    }

    /**
     * The template, checked.
     *
     * @throws InvalidTemplateException when {@link #check} finds any problem
     */
    public static FormTemplateText parse(FormKind kind, String content) {
        Parser parser = new Parser(kind, content);
        parser.run();
        if (!parser.problems.isEmpty()) {
            throw new InvalidTemplateException(parser.problems);
        }
        return new FormTemplateText(kind, content, parser.headers, parser.body);
    }

    /** The form this template prints. */
    public FormKind kind() {
        return kind;
    }

    /** The template's text as given. */
    public String content() {
        return content;
    }

    Optional<TemplateLine> header(Header header) {
        return Optional.ofNullable(headers.get(header));
    }

    List<TemplateElement> body() {
        return body;
    }

    private static final class Parser {
        final FormKind kind;
        final String content;
        final List<TemplateProblem> problems = new ArrayList<>();
        final Map<Header, TemplateLine> headers = new EnumMap<>(Header.class);
        final List<TemplateElement> body = new ArrayList<>();
        final Map<FormBlock, Integer> blockLines = new LinkedHashMap<>();

        Parser(FormKind kind, String content) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.content = content;
        }

        void run() {
            if (content == null || content.isBlank()) {
                problem(0, "Mẫu phiếu rỗng.");
                return;
            }
            if (content.length() > MAX_CHARS) {
                problem(0, "Mẫu phiếu quá dài (tối đa " + MAX_CHARS + " ký tự).");
                return;
            }
            String[] lines = content.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
            int separator = -1;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().equals(SEPARATOR)) {
                    separator = i;
                    break;
                }
            }
            if (separator < 0) {
                problem(0, "Thiếu dòng “---” ngăn phần đầu mẫu (form, reference, title…) với nội dung phiếu.");
                return;
            }
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                    problem(i + 1, "có ký tự điều khiển không được phép.");
                    return;
                }
            }
            for (int i = 0; i < separator; i++) {
                headerLine(i + 1, lines[i]);
            }
            for (Header header : Header.values()) {
                if (header.required && !headers.containsKey(header)) {
                    problem(0, "Thiếu mục đầu mẫu “" + header.key + ":”.");
                }
            }
            for (int i = separator + 1; i < lines.length; i++) {
                bodyLine(i + 1, lines[i]);
            }
            for (FormBlock required : kind.requiredBlocks()) {
                if (!blockLines.containsKey(required)) {
                    problem(
                            0,
                            "Thiếu khối bắt buộc “[[" + required.marker() + "]]” của mẫu số " + kind.number() + " ("
                                    + kind.label() + ").");
                }
            }
        }

        private void headerLine(int number, String raw) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%")) {
                return;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problem(number, "phần đầu mẫu chỉ gồm các dòng dạng “tên: giá trị”, ví dụ “title: GIẤY TIẾP NHẬN…”.");
                return;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            Optional<Header> header = Header.byKey(key);
            if (header.isEmpty()) {
                problem(
                        number,
                        "“" + key + "” không phải là mục đầu mẫu hợp lệ (các mục: "
                                + Arrays.stream(Header.values()).map(h -> h.key).collect(Collectors.joining(", "))
                                + ").");
                return;
            }
            if (headers.containsKey(header.get())) {
                problem(number, "mục “" + key + "” đã có ở trên.");
                return;
            }
            if (header.get() == Header.FORM) {
                if (!value.equals(kind.name())) {
                    problem(
                            number,
                            "mẫu này ghi loại phiếu “" + value + "”, nhưng đang được dùng cho mẫu số " + kind.number()
                                    + " (" + kind.label() + "), loại “" + kind.name() + "”.");
                }
                headers.put(Header.FORM, new TemplateLine(List.of(new TemplateLine.Segment.Text(value))));
                return;
            }
            if (value.isEmpty()) {
                problem(number, "mục “" + key + "” không có giá trị.");
                return;
            }
            line(number, value).ifPresent(l -> headers.put(header.get(), l));
        }

        private void bodyLine(int number, String raw) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%")) {
                return;
            }
            var block = BLOCK_LINE.matcher(line);
            if (block.matches()) {
                String marker = block.group(1).strip();
                Optional<FormBlock> known = FormBlock.byMarker(marker);
                if (known.isEmpty()) {
                    problem(
                            number,
                            "khối “[[" + marker + "]]” không tồn tại (các khối: "
                                    + Arrays.stream(FormBlock.values())
                                            .map(b -> "[[" + b.marker() + "]]")
                                            .collect(Collectors.joining(", "))
                                    + ").");
                } else if (blockLines.containsKey(known.get())) {
                    problem(
                            number,
                            "khối “[[" + marker + "]]” đã có ở dòng " + blockLines.get(known.get())
                                    + "; mỗi khối chỉ đặt một lần.");
                } else {
                    blockLines.put(known.get(), number);
                    body.add(new TemplateElement.Block(known.get()));
                }
                return;
            }
            if (line.contains("[[") || line.contains("]]")) {
                problem(number, "khối “[[…]]” phải đứng riêng một dòng.");
                return;
            }
            TemplateElement.Style style = TemplateElement.Style.PLAIN;
            String text = line;
            if (line.startsWith("# ")) {
                style = TemplateElement.Style.HEADING;
            } else if (line.startsWith("! ")) {
                style = TemplateElement.Style.BOLD;
            } else if (line.startsWith("- ")) {
                style = TemplateElement.Style.ITEM;
            } else if (line.startsWith("_ ")) {
                style = TemplateElement.Style.NOTE;
            }
            if (style != TemplateElement.Style.PLAIN) {
                text = line.substring(2).strip();
            }
            TemplateElement.Style chosen = style;
            line(number, text).ifPresent(l -> body.add(new TemplateElement.Paragraph(chosen, l)));
        }

        /** Splits text into literal parts and whitelisted fields; reports every unknown or broken placeholder. */
        private Optional<TemplateLine> line(int number, String text) {
            List<TemplateLine.Segment> segments = new ArrayList<>();
            boolean ok = true;
            int at = 0;
            while (at < text.length()) {
                int open = text.indexOf("${", at);
                if (open < 0) {
                    segments.add(new TemplateLine.Segment.Text(text.substring(at)));
                    break;
                }
                if (open > at) {
                    segments.add(new TemplateLine.Segment.Text(text.substring(at, open)));
                }
                int close = text.indexOf('}', open + 2);
                if (close < 0) {
                    problem(number, "“${” chưa được đóng bằng “}”.");
                    return Optional.empty();
                }
                String key = text.substring(open + 2, close).strip();
                Optional<FormField> field = KEY.matcher(key).matches() ? FormField.byKey(key) : Optional.empty();
                if (field.isEmpty()) {
                    problem(
                            number,
                            "trường “${" + key + "}” không có trong danh sách trường được phép (ví dụ ${dossierCode},"
                                    + " ${applicantName}, ${receivedAt}).");
                    ok = false;
                } else {
                    segments.add(new TemplateLine.Segment.Field(field.get()));
                }
                at = close + 1;
            }
            return ok ? Optional.of(new TemplateLine(segments)) : Optional.empty();
        }

        private void problem(int line, String message) {
            problems.add(new TemplateProblem(line, message));
        }
    }
}
