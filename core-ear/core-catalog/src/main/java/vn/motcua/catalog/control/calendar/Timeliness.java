package vn.motcua.catalog.control.calendar;

import java.time.LocalDateTime;

/**
 * Whether work finished early, on time or late against its due moment (trước hạn / đúng hạn / quá hạn), as recorded
 * on the process control sheet for each step and for the dossier.
 */
public enum Timeliness {
    /** Finished on a calendar day before the due day. */
    EARLY,
    /** Finished on the due day, at or before the due moment. */
    ON_TIME,
    /** Finished after the due moment. */
    LATE;

    /** The verdict for work finished at {@code finishedAt} that was due at {@code due}. */
    public static Timeliness of(LocalDateTime finishedAt, LocalDateTime due) {
        if (finishedAt.isAfter(due)) {
            return LATE;
        }
        return finishedAt.toLocalDate().isBefore(due.toLocalDate()) ? EARLY : ON_TIME;
    }
}
