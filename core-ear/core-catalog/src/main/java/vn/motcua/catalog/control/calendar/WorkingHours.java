package vn.motcua.catalog.control.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The working sessions of every working day and the daily cut-off for receiving dossiers. The default is the civil
 * service's 07:30–11:30 and 13:00–17:00 (one working day = 8 working hours, half a day = one session of 4 hours)
 * with a cut-off at 15:00: a dossier received after it counts from the next working day.
 *
 * <p>A working day is the sum of the sessions; "half a day" is half of that sum (one session when the two sessions
 * are equal, as by default).
 */
public record WorkingHours(List<WorkSession> sessions, LocalTime cutOff) {

    public static final WorkingHours DEFAULT = new WorkingHours(
            List.of(WorkSession.of("07:30", "11:30"), WorkSession.of("13:00", "17:00")), LocalTime.of(15, 0));

    public WorkingHours {
        Objects.requireNonNull(cutOff, "cutOff");
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("at least one working session");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("sessions must be in order and not overlap: " + sessions);
            }
        }
    }

    /** The same sessions with another cut-off. */
    public WorkingHours withCutOff(LocalTime newCutOff) {
        return new WorkingHours(sessions, newCutOff);
    }

    /** The working time of one working day. */
    public Duration workingDay() {
        return sessions.stream().map(WorkSession::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The opening of the first session. */
    public LocalTime opening() {
        return sessions.get(0).start();
    }

    /** The end of the last session. */
    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }
}
