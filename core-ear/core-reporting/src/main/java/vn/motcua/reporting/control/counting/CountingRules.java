package vn.motcua.reporting.control.counting;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import vn.motcua.catalog.control.calendar.Timeliness;

/**
 * The rules of the status table, one dossier and one period at a time. The SQL of {@code ReportSql} computes the same
 * figures in the database; {@code ReportSqlTest} checks both agree.
 *
 * <ul>
 *   <li>Carried over: received before the period and not ended before it.
 *   <li>Received: received within the period, online or at the counter (post counts as counter). The reception
 *       moment decides, not the clock start: received on the last day at 16:00, after the cut-off, it is this
 *       period's even though its clock starts next working day.
 *   <li>Resolved: its result became ready within the period; early / on time / late against its due moment moved by
 *       the pauses ({@link Timeliness#of}); a new appointment (form 04) is given to a dossier that is late, so it
 *       stays late.
 *   <li>Withdrawn, refused: ended so within the period.
 *   <li>In progress: received and not ended when the stock is taken (the period's end, or now while it runs);
 *       overdue when its due moment had passed then — a dossier waiting for the applicant is judged as of its pause —
 *       or when it was given a new appointment.
 *   <li>A period that has not begun yet has no figures.
 * </ul>
 *
 * So carried over + received = resolved + withdrawn + refused + in progress, for every period.
 */
public final class CountingRules {

    private CountingRules() {}

    /** The figures this dossier counts in for the period, seen at {@code now}. */
    public static Set<Figure> figures(DossierFacts facts, Period period, LocalDateTime now) {
        Set<Figure> figures = EnumSet.noneOf(Figure.class);
        LocalDateTime received = facts.receivedAt();
        if (facts.outcome() == Outcome.NOT_RECEIVED
                || received == null
                || received.isAfter(now)
                || period.start().isAfter(now)) {
            return figures;
        }
        LocalDateTime ended = endedBy(facts, now);
        if (received.isBefore(period.start()) && (ended == null || !ended.isBefore(period.start()))) {
            figures.add(Figure.CARRIED_OVER);
        }
        if (period.contains(received)) {
            figures.add(facts.online() ? Figure.RECEIVED_ONLINE : Figure.RECEIVED_COUNTER);
        }
        if (ended != null && period.contains(ended)) {
            figures.add(ending(facts));
        }
        LocalDateTime stockAt = period.stockAt(now);
        if (received.isBefore(stockAt) && (ended == null || !ended.isBefore(stockAt))) {
            figures.add(overdueAt(facts, stockAt) ? Figure.IN_PROGRESS_OVERDUE : Figure.IN_PROGRESS_IN_TIME);
        }
        return figures;
    }

    /** The verdict of a resolved dossier in the status table. */
    public static Timeliness resolvedVerdict(DossierFacts facts) {
        if (facts.extended()) {
            return Timeliness.LATE;
        }
        return Timeliness.of(facts.endedAt(), facts.dueAt());
    }

    /** An unfinished dossier is overdue at that moment (as of its pause if it waits for the applicant then). */
    public static boolean overdueAt(DossierFacts facts, LocalDateTime at) {
        if (facts.extended()) {
            return true;
        }
        LocalDateTime clock = facts.pausedAt() != null && facts.pausedAt().isBefore(at) ? facts.pausedAt() : at;
        return facts.dueAt() != null && clock.isAfter(facts.dueAt());
    }

    private static LocalDateTime endedBy(DossierFacts facts, LocalDateTime now) {
        if (facts.outcome() == Outcome.OPEN
                || facts.endedAt() == null
                || facts.endedAt().isAfter(now)) {
            return null;
        }
        return facts.endedAt();
    }

    private static Figure ending(DossierFacts facts) {
        return switch (facts.outcome()) {
            case WITHDRAWN -> Figure.WITHDRAWN;
            case REFUSED -> Figure.REFUSED;
            default -> switch (resolvedVerdict(facts)) {
                case EARLY -> Figure.RESOLVED_EARLY;
                case ON_TIME -> Figure.RESOLVED_ON_TIME;
                case LATE -> Figure.RESOLVED_LATE;
            };
        };
    }
}
