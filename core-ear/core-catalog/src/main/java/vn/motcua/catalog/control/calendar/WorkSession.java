package vn.motcua.catalog.control.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One working session of a day, e.g. the morning 07:30–11:30: work happens from {@code start} to {@code end}. */
public record WorkSession(LocalTime start, LocalTime end) {

    public WorkSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a session must end after it starts: " + start + "–" + end);
        }
    }

    public static WorkSession of(String start, String end) {
        return new WorkSession(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
