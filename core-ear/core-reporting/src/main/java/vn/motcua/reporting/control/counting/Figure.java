package vn.motcua.reporting.control.counting;

/**
 * The columns of the status table (tình hình, kết quả giải quyết TTHC). For a period: carried over + received online +
 * received at the counter = resolved (early + on time + late) + in progress (within time + overdue) + withdrawn +
 * refused.
 */
public enum Figure {
    CARRIED_OVER,
    RECEIVED_ONLINE,
    RECEIVED_COUNTER,
    RESOLVED_EARLY,
    RESOLVED_ON_TIME,
    RESOLVED_LATE,
    IN_PROGRESS_IN_TIME,
    IN_PROGRESS_OVERDUE,
    WITHDRAWN,
    REFUSED;

    /** The column of the report tables holding this figure (0 or 1 per dossier). */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFlow() {
        return this != CARRIED_OVER && this != IN_PROGRESS_IN_TIME && this != IN_PROGRESS_OVERDUE;
    }
}
