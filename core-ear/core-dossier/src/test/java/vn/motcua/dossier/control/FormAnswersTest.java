package vn.motcua.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.FieldType;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.spi.DomainException;

/**
 * What an anonymous form may store as a procedure's answers: its own fields only, each required one present,
 * patterns and choices respected; the first problem names the field's label.
 */
class FormAnswersTest {

    private final List<FormField> fields = List.of(
            field("publicationName", "Tên bản tin", FieldType.TEXT, true, null, null),
            field("periodicity", "Kỳ hạn xuất bản", FieldType.CHOICE, true, null, "Hằng tháng\nHằng quý"),
            field("pages", "Số trang", FieldType.NUMBER, false, null, null),
            field("licenceNo", "Số giấy phép cũ", FieldType.TEXT, false, "[A-Z]{2}-[0-9]{3}", null),
            field("editorId", "Số định danh người chịu trách nhiệm", FieldType.ID_NUMBER, false, null, null),
            field("firstIssue", "Ngày phát hành số đầu", FieldType.DATE, false, null, null),
            field("office", "Địa chỉ trụ sở", FieldType.ADDRESS, true, null, null));

    @Test
    void keepsOnlyTheProcedureFieldsInTheirOrderWithDatesAsIsoText() {
        var given = new HashMap<String, Object>(valid());
        given.put("pages", new BigDecimal("24"));
        given.put("firstIssue", LocalDate.of(2027, 1, 15));
        given.put("<script>", "x");
        given.put("editorId", " 079201000123 ");

        Map<String, Object> answers = FormAnswers.check(fields, given);

        assertThat(answers.keySet())
                .containsExactly(
                        "publicationName", "periodicity", "pages", "editorId", "firstIssue", "office", "office.unit");
        assertThat(answers)
                .containsEntry("firstIssue", "2027-01-15")
                .containsEntry("editorId", "079201000123")
                .containsEntry("office.unit", 7L);
    }

    @Test
    void aRequiredFieldLeftBlankIsNamed() {
        var given = new HashMap<String, Object>(valid());
        given.put("publicationName", "   ");
        assertProblem(given, "dossier.online.form.required", "Tên bản tin");

        given = new HashMap<>(valid());
        given.remove("office.unit");
        assertProblem(given, "dossier.online.form.required", "Địa chỉ trụ sở");
    }

    @Test
    void patternsChoicesAndIdNumbersAreCheckedOnTheServer() {
        var given = new HashMap<String, Object>(valid());
        given.put("periodicity", "Hằng ngày");
        assertProblem(given, "dossier.online.form.invalid", "Kỳ hạn xuất bản");

        given = new HashMap<>(valid());
        given.put("licenceNo", "ab-12");
        assertProblem(given, "dossier.online.form.invalid", "Số giấy phép cũ");

        given = new HashMap<>(valid());
        given.put("editorId", "12345");
        assertProblem(given, "dossier.online.form.invalid", "Số định danh người chịu trách nhiệm");

        given = new HashMap<>(valid());
        given.put("publicationName", "x".repeat(2001));
        assertProblem(given, "dossier.online.form.invalid", "Tên bản tin");
    }

    private static Map<String, Object> valid() {
        return Map.of(
                "publicationName", "Bản tin Thái Hòa",
                "periodicity", "Hằng quý",
                "office", "12 Lê Lợi",
                "office.unit", 7L);
    }

    private void assertProblem(Map<String, Object> given, String key, String label) {
        assertThatThrownBy(() -> FormAnswers.check(fields, given)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(label);
        });
    }

    private static FormField field(
            String key, String label, FieldType type, boolean required, String pattern, String choices) {
        var field = new FormField();
        field.setKey(key);
        field.setLabel(label);
        field.setType(type);
        field.setRequired(required);
        field.setPattern(pattern);
        field.setChoices(choices);
        return field;
    }
}
