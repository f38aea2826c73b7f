package ${package}.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.calendar.ProvinceCalendar;

/**
 * The rules of ${procedureCode} beyond Bean Validation, checked at receipt before anything is saved. Plain Java:
 * {@code today} and the province's calendar are parameters so that the tests fix them. Each refusal is a message key of this plugin's bundle.
 */
public final class ${classPrefix}Rules {

    /**
     * The fewest working days between the receipt and the start date, on the province's calendar (weekends and the
     * holidays the administrators confirmed, Tết included, do not count).
     */
    public static final int MIN_WORKING_DAYS_AHEAD = 3;

    /** The furthest a requested start date may lie ahead. */
    public static final int MAX_MONTHS_AHEAD = 12;

    /** Above this quantity the applicant must explain why (the note). */
    public static final int QUANTITY_NEEDING_NOTE = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ${classPrefix}Rules() {}

    /** Throws a {@link DomainException} naming the first rule the details break. */
    public static void check(${classPrefix}Application details, LocalDate today, ProvinceCalendar calendar) {
        LocalDate start = details.getStartDate();
        if (start.isBefore(today)) {
            throw new DomainException(${classPrefix}Plugin.ID + ".startDate.past", start.format(DATE));
        }
        if (calendar.workingDaysBetween(today, start) < MIN_WORKING_DAYS_AHEAD) {
            throw new DomainException(
                    ${classPrefix}Plugin.ID + ".startDate.tooSoon",
                    start.format(DATE),
                    String.valueOf(MIN_WORKING_DAYS_AHEAD),
                    calendar.plusWorkingDays(today, MIN_WORKING_DAYS_AHEAD).format(DATE));
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
