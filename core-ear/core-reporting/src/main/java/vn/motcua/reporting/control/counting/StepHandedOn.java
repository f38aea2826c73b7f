package vn.motcua.reporting.control.counting;

import java.time.LocalDateTime;
import vn.motcua.catalog.control.calendar.WorkingClock;

/**
 * What makes a hand-over a process step handed on (a row of {@code report_step}, what the performance screen sums)
 * and how long the dossier was held before it: the one place of the rule, called by {@code ReportFacts} (at each
 * transition), {@code FactsBackfill} (hand-overs without a row, as SQL) and the data generator (which depends on
 * this module's jar for it). Plain Java: nothing here reads the database.
 *
 * <p>A hand-over is a step handed on when it names its step, was made by an officer of an agency, and follows an
 * earlier hand-over of the same dossier (position - 1): the dossier was held from that earlier hand-over to this
 * one, measured on the catalog's working clock.
 */
public final class StepHandedOn {

    /**
     * The rule as SQL over a hand-over {@code h} joined to the one before it, {@code p}: append to {@code from
     * hand_over h}.
     */
    public static final String SQL_JOIN_PREVIOUS =
            " join hand_over p on p.dossier_id = h.dossier_id and p.position = h.position - 1";

    /** The rest of the rule as a condition on {@code h} (with {@link #SQL_JOIN_PREVIOUS}). */
    public static final String SQL_CONDITION =
            "h.step_name is not null and h.from_officer_id is not null and h.from_agency_id is not null";

    private StepHandedOn() {}

    /**
     * Whether a hand-over is a step handed on: its step name, officer and agency, and the moment of the hand-over
     * before it ({@code null}: it is the dossier's first).
     */
    public static boolean is(String stepName, Object fromOfficer, Object fromAgency, LocalDateTime previous) {
        return stepName != null && fromOfficer != null && fromAgency != null && previous != null;
    }

    /** The working time the dossier was held, from the hand-over before to this one, in seconds. */
    public static long heldSeconds(WorkingClock clock, LocalDateTime previous, LocalDateTime handedOn) {
        return clock.between(previous, handedOn).toSeconds();
    }
}
