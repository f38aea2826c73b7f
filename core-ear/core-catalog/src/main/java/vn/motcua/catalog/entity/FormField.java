package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import vn.motcua.platform.text.Texts;

/**
 * A field of a generic procedure's form, defined by an admin and rendered by the one generic form: its key (how the
 * value is stored), label, type, whether it is required, an optional pattern and, for a choice, its options.
 */
@Entity
@Table(name = "form_field")
public class FormField extends VersionPart {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{catalog.field.key.required}")
    @Pattern(regexp = "[a-z][a-zA-Z0-9_]{0,59}", message = "{catalog.field.key.pattern}")
    @Column(name = "field_key", nullable = false, length = 60)
    private String key;

    @NotBlank(message = "{catalog.field.label.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String label;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type = FieldType.TEXT;

    @Column(nullable = false)
    private boolean required;

    @Size(max = 255)
    @Column(length = 255)
    private String pattern;

    /** One option per line, for {@link FieldType#CHOICE}. */
    @Size(max = 2000)
    @Column(length = 2000)
    private String choices;

    @Size(max = 500)
    @Column(length = 500)
    private String hint;

    FormField copy() {
        var copy = new FormField();
        copy.key = key;
        copy.label = label;
        copy.type = type;
        copy.required = required;
        copy.pattern = pattern;
        copy.choices = choices;
        copy.hint = hint;
        return copy;
    }

    /** The options of a choice, one per non-blank line. */
    public List<String> choiceList() {
        return choices == null
                ? List.of()
                : Arrays.stream(choices.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = Texts.trimToNull(key);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = Texts.trimToNull(label);
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = Texts.trimToNull(pattern);
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = Texts.trimToNull(choices);
    }

    public String getHint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = Texts.trimToNull(hint);
    }
}
