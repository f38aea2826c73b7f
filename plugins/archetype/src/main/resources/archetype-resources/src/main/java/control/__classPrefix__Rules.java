package ${package}.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DomainException;

/**
 * The rules of ${procedureCode} beyond Bean Validation, checked at receipt before anything is saved. Plain Java:
 * {@code today} is a parameter so that the tests fix it. Each refusal is a message key of this plugin's bundle.
 */
public final class ${classPrefix}Rules {

    /** The furthest a requested start date may lie ahead. */
    public static final int MAX_MONTHS_AHEAD = 12;

    /** Above this quantity the applicant must explain why (the note). */
    public static final int QUANTITY_NEEDING_NOTE = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ${classPrefix}Rules() {}

    /** Throws a {@link DomainException} naming the first rule the details break. */
    public static void check(${classPrefix}Application details, LocalDate today) {
        LocalDate start = details.getStartDate();
        if (start.isBefore(today)) {
            throw new DomainException(${classPrefix}Plugin.ID + ".startDate.past", start.format(DATE));
        }
        if (start.isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
            throw new DomainException(${classPrefix}Plugin.ID + ".startDate.tooFar", start.format(DATE));
        }
        if (details.getQuantity() > QUANTITY_NEEDING_NOTE
                && (details.getNote() == null || details.getNote().isBlank())) {
            throw new DomainException(${classPrefix}Plugin.ID + ".note.required", String.valueOf(details.getQuantity()));
        }
    }
}
