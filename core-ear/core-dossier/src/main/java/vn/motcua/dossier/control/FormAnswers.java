package vn.motcua.dossier.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.entity.FieldType;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.platform.text.Texts;
import vn.motcua.spi.DomainException;

/**
 * The answers to a procedure's admin-defined form as a dossier stores them, checked on the server (the page checks
 * too, but a form that anyone can post is not trusted): only the version's own fields (and the unit of an address),
 * every required one present, patterns and choices respected, dates as ISO text. Plain Java.
 */
public final class FormAnswers {

    /** The longest answer a field takes. */
    static final int MAX_ANSWER = 2000;

    private static final String DEFAULT_ID_NUMBER = "[0-9]{9}|[0-9]{12}";

    private FormAnswers() {}

    /**
     * The answers to keep, in the order of the fields.
     *
     * @throws DomainException {@code dossier.online.form.required} or {@code .invalid} with the field's label
     */
    public static Map<String, Object> check(List<FormField> fields, Map<String, Object> given) {
        Map<String, Object> data = given == null ? Map.of() : given;
        var answers = new LinkedHashMap<String, Object>();
        for (FormField field : fields) {
            Object value = present(data.get(field.getKey()));
            Object unit = field.getType() == FieldType.ADDRESS ? present(data.get(field.getKey() + ".unit")) : null;
            boolean missing = field.getType() == FieldType.ADDRESS ? unit == null : value == null;
            if (missing) {
                if (field.isRequired()) {
                    throw new DomainException("dossier.online.form.required", field.getLabel());
                }
                if (value == null) {
                    continue;
                }
            }
            if (value != null) {
                if (value instanceof LocalDate date) {
                    value = date.toString();
                }
                if (!valid(field, value)) {
                    throw new DomainException("dossier.online.form.invalid", field.getLabel());
                }
                answers.put(field.getKey(), value);
            }
            if (unit != null) {
                answers.put(field.getKey() + ".unit", unit);
            }
        }
        return answers;
    }

    private static Object present(Object value) {
        if (value instanceof String text) {
            return Texts.trimToNull(text);
        }
        return value;
    }

    private static boolean valid(FormField field, Object value) {
        String text = value.toString();
        if (text.length() > MAX_ANSWER) {
            return false;
        }
        String pattern = field.getPattern() == null || field.getPattern().isBlank() ? null : field.getPattern();
        return switch (field.getType()) {
            case TEXT -> pattern == null || text.matches(pattern);
            case ID_NUMBER -> text.matches(pattern == null ? DEFAULT_ID_NUMBER : pattern);
            case CHOICE -> field.choiceList().contains(text);
            case NUMBER -> value instanceof Number || text.matches("-?[0-9]+([.,][0-9]+)?");
            case DATE -> text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
            case ADDRESS -> true;
        };
    }
}
