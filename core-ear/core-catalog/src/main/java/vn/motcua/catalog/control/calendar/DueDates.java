package vn.motcua.catalog.control.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The deadline engine: due moments of dossiers and of their process steps, counted in working time on a
 * {@link WorkingClock}, and where unfinished work stands. Immutable and thread-safe.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Due moment = clock start (see {@link WorkingClock#clockStart}: cut-off, opening hours) plus the budget in
 *       working time (half a day = half the working day). Received Monday 09:00 with 3 days: Thursday 09:00;
 *       received Monday 16:00, after the cut-off: Thursday 17:00; Monday 07:30 with half a day: Monday 11:30.
 *   <li>Steps: each step's due moment is the previous step's due moment plus its budget, the first counted from the
 *       dossier's clock start, so the last step is due when the dossier is (when the budgets add up to the statutory
 *       time). A step started at an actual moment is due that moment plus its budget (no cut-off between steps).
 *   <li>Pauses (waiting for the applicant): in {@link PauseMode#RESUME} the due moment moves by the working time of
 *       each pause; in {@link PauseMode#RESTART} the full budget counts again from the clock start of the return. A
 *       pause that begins at or after the due moment then in force changes nothing: the time had already run out.
 *   <li>Due soon: not past due, with at most the threshold (default one working day) of working time left.
 * </ul>
 */
public final class DueDates {

    /** The default due-soon threshold: one working day. */
    public static final WorkingDays DEFAULT_DUE_SOON = WorkingDays.of(1);

    private final WorkingClock clock;
    private final WorkingDays dueSoonThreshold;

    public DueDates(WorkingCalendar calendar, WorkingHours hours) {
        this(calendar, hours, DEFAULT_DUE_SOON);
    }

    public DueDates(WorkingCalendar calendar, WorkingHours hours, WorkingDays dueSoonThreshold) {
        this.clock = new WorkingClock(calendar, hours);
        this.dueSoonThreshold = Objects.requireNonNull(dueSoonThreshold, "dueSoonThreshold");
    }

    public WorkingClock clock() {
        return clock;
    }

    /** The due moment of a dossier received at {@code received} with {@code budget} working days. */
    public LocalDateTime due(LocalDateTime received, WorkingDays budget) {
        return clock.plus(clock.clockStart(received), workingTime(budget));
    }

    /** The due moment of a step started (handed over) at {@code startedAt} with {@code budget} working days. */
    public LocalDateTime stepDue(LocalDateTime startedAt, WorkingDays budget) {
        return clock.plus(startedAt, workingTime(budget));
    }

    /** The due moment of each step in order, chained from the clock start of a dossier received at {@code received}. */
    public List<LocalDateTime> stepDues(LocalDateTime received, List<WorkingDays> budgets) {
        List<LocalDateTime> dues = new ArrayList<>(budgets.size());
        LocalDateTime cursor = clock.clockStart(received);
        for (WorkingDays budget : budgets) {
            cursor = clock.plus(cursor, workingTime(budget));
            dues.add(cursor);
        }
        return List.copyOf(dues);
    }

    /** The deadline of a dossier received at {@code received}, with the clock stopped during {@code pauses}. */
    public Deadline deadline(LocalDateTime received, WorkingDays budget, List<Pause> pauses, PauseMode mode) {
        LocalDateTime start = clock.clockStart(received);
        Duration full = workingTime(budget);
        LocalDateTime cursor = start;
        Duration remaining = full;
        List<Pause> inOrder =
                pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        for (Pause pause : inOrder) {
            if (!pause.to().isAfter(cursor)) {
                continue; // over before the clock (re)started, or inside an earlier pause
            }
            LocalDateTime stop = pause.from().isAfter(cursor) ? pause.from() : cursor;
            Duration used = clock.between(cursor, stop);
            if (used.compareTo(remaining) >= 0) {
                break; // due before the pause began
            }
            if (mode == PauseMode.RESUME) {
                remaining = remaining.minus(used);
                cursor = pause.to();
            } else {
                remaining = full;
                cursor = clock.clockStart(pause.to());
            }
        }
        return new Deadline(start, clock.plus(cursor, remaining));
    }

    /** The deadline of a dossier without pauses. */
    public Deadline deadline(LocalDateTime received, WorkingDays budget) {
        return deadline(received, budget, List.of(), PauseMode.RESUME);
    }

    /** Where work due at {@code due} stands at {@code now}. */
    public DueStatus status(LocalDateTime now, LocalDateTime due) {
        Duration remaining = clock.between(now, due);
        Urgency urgency;
        if (now.isAfter(due)) {
            urgency = Urgency.OVERDUE;
        } else if (remaining.compareTo(workingTime(dueSoonThreshold)) <= 0) {
            urgency = Urgency.DUE_SOON;
        } else {
            urgency = Urgency.ON_TRACK;
        }
        BigDecimal days = BigDecimal.valueOf(remaining.toSeconds())
                .divide(BigDecimal.valueOf(clock.hours().workingDay().toSeconds()), 2, RoundingMode.HALF_UP);
        return new DueStatus(urgency, remaining, days);
    }

    private Duration workingTime(WorkingDays budget) {
        return budget.toWorkingTime(clock.hours());
    }
}
