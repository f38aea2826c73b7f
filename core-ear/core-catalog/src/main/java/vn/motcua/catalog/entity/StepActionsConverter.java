package vn.motcua.catalog.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a step's allowed actions as one comma-separated column, e.g. {@code FORWARD,REQUEST_SUPPLEMENT}. */
@Converter
public class StepActionsConverter implements AttributeConverter<Set<StepAction>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StepAction> actions) {
        return actions == null ? "" : actions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<StepAction> convertToEntityAttribute(String column) {
        var actions = EnumSet.noneOf(StepAction.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::strip)
                    .map(StepAction::valueOf)
                    .forEach(actions::add);
        }
        return actions;
    }
}
