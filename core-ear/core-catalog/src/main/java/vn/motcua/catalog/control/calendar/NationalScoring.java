package vn.motcua.catalog.control.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The timeliness verdict of the national service index (Decision 766/QĐ-TTg, 2022), separate from the operational
 * verdict: the dossier is judged against its statutory due moment with the working time spent waiting for the
 * applicant's supplements subtracted (the due moment extended by it, whatever the procedure's {@link PauseMode}),
 * ignoring any new appointment, and more than one supplement request makes it late whatever the dates.
 */
public final class NationalScoring {

    private final DueDates dueDates;

    public NationalScoring(DueDates dueDates) {
        this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
    }

    /**
     * The scoring verdict of a dossier received at {@code received} with {@code statutoryTime}, which waited for the
     * applicant during {@code supplementWaits} (one per supplement request) and ended at {@code finishedAt} (result
     * ready, else returned, else stopped or refused).
     */
    public Timeliness verdict(
            LocalDateTime received, WorkingDays statutoryTime, List<Pause> supplementWaits, LocalDateTime finishedAt) {
        if (supplementWaits.size() > 1) {
            return Timeliness.LATE;
        }
        Deadline deadline = dueDates.deadline(received, statutoryTime, supplementWaits, PauseMode.RESUME);
        return Timeliness.of(finishedAt, deadline.originalDue());
    }
}
