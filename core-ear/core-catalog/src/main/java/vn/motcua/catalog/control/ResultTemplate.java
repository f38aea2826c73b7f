package vn.motcua.catalog.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a procedure version's generic result document, as the catalog admin writes it: one paragraph per line
 * ({@code # } a centred bold heading, {@code - } an item), with fields {@code ${name}} filled from the dossier at
 * approval: the fixed {@link #FIELDS} and {@code ${form.<key>}} for an answer of the version's own form. Values are
 * inserted as plain text after the lines are split, so data never adds lines or fields. Pure Java.
 */
public final class ResultTemplate {

    /** The fields every dossier has. */
    public static final List<String> FIELDS = List.of(
            "applicantName",
            "applicantIdNumber",
            "applicantAddress",
            "procedureName",
            "resultName",
            "dossierCode",
            "receivedDate",
            "issuedDate",
            "decidingAgency");

    /** The text used when the admin wrote none: who it is for and what was decided. */
    public static final String DEFAULT_BODY = String.join(
            "\n",
            "Căn cứ hồ sơ đề nghị của ${applicantName} (số định danh/mã số thuế: ${applicantIdNumber}), địa chỉ:"
                    + " ${applicantAddress}, mã hồ sơ ${dossierCode}, tiếp nhận ngày ${receivedDate};",
            "# ${decidingAgency} xác nhận:",
            "Hồ sơ thủ tục \"${procedureName}\" đã được giải quyết; kết quả: ${resultName}.",
            "Văn bản này có giá trị kể từ ngày ký.");

    /** Longest text an admin may store. */
    public static final int MAX_LENGTH = 4000;

    private static final Pattern FIELD = Pattern.compile("\\$\\{([^}]*)}");
    private static final String BLANK = "……………";

    private ResultTemplate() {}

    /** The fields of the text that are neither fixed fields nor {@code form.<key>} of the given form keys. */
    public static List<String> unknownFields(String body, Collection<String> formKeys) {
        var unknown = new LinkedHashSet<String>();
        if (body == null) {
            return List.of();
        }
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            String name = m.group(1).strip();
            boolean known = FIELDS.contains(name)
                    || (name.startsWith("form.") && formKeys.contains(name.substring("form.".length())));
            if (!known) {
                unknown.add(name);
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * The paragraphs of the text (the default one when blank), each field replaced by its value ({@code values}
     * answers {@code null} for an unknown or empty one: printed as a dotted blank).
     */
    public static List<String> fill(String body, Function<String, String> values) {
        String text = body == null || body.isBlank() ? DEFAULT_BODY : body;
        var paragraphs = new ArrayList<String>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FIELD.matcher(line.strip());
            var out = new StringBuilder();
            while (m.find()) {
                String value = values.apply(m.group(1).strip());
                m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? BLANK : value));
            }
            m.appendTail(out);
            paragraphs.add(out.toString());
        }
        return paragraphs;
    }
}
