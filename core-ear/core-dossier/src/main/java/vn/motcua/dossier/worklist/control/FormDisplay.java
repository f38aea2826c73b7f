package vn.motcua.dossier.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.catalog.entity.FieldType;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.worklist.boundary.DossierDetail.FieldValue;

/**
 * A dossier's form as its screen shows it: each answer as label and text (dates as dd/MM/yyyy, numbers plain, an
 * address with its administrative unit's name), in the order of the pinned version's fields, keys the version no
 * longer has last.
 */
@ApplicationScoped
public class FormDisplay {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    /** The form's answers as label: value, in the order of the pinned version's fields (unknown keys last). */
    public List<FieldValue> of(Dossier dossier) {
        if (dossier.getFormData() == null || dossier.getFormData().isBlank()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>(JSON.fromJson(dossier.getFormData(), Map.class));
        var shown = new ArrayList<FieldValue>();
        for (FormField field : dossier.getProcedureVersion().getFormFields()) {
            Object value = values.remove(field.getKey());
            Object unit = values.remove(field.getKey() + ".unit");
            if (field.getType() == FieldType.ADDRESS && unit != null) {
                String unitName = unitName(unit);
                value = value == null || value.toString().isBlank() ? unitName : value + ", " + unitName;
            }
            shown.add(new FieldValue(field.getLabel(), text(field.getType(), value)));
        }
        values.forEach((key, value) -> shown.add(new FieldValue(key, text(FieldType.TEXT, value))));
        return List.copyOf(shown);
    }

    private String unitName(Object id) {
        try {
            AdministrativeUnit unit = em.find(AdministrativeUnit.class, Long.valueOf(id.toString()));
            return unit == null ? id.toString() : unit.getName();
        } catch (NumberFormatException e) {
            return id.toString();
        }
    }

    private static String text(FieldType type, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "—";
        }
        if (type == FieldType.DATE) {
            try {
                return LocalDate.parse(value.toString().substring(0, 10))
                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } catch (RuntimeException notADate) {
                return value.toString();
            }
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value);
    }
}
