package vn.motcua.catalog.control.calendar;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline of a dossier or step: when its clock started, the due moment computed from the rules (pauses
 * included), and the new appointment if one was given (apology and new appointment letter). The extension replaces
 * the computed due moment; both are kept.
 */
public record Deadline(LocalDateTime clockStart, LocalDateTime originalDue, Optional<LocalDateTime> extendedDue) {

    public Deadline {
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(originalDue, "originalDue");
        Objects.requireNonNull(extendedDue, "extendedDue");
    }

    public Deadline(LocalDateTime clockStart, LocalDateTime originalDue) {
        this(clockStart, originalDue, Optional.empty());
    }

    /** The due moment in force: the new appointment if there is one, else the computed one. */
    public LocalDateTime due() {
        return extendedDue.orElse(originalDue);
    }

    /** This deadline with a new appointment moment. */
    public Deadline extendedTo(LocalDateTime newAppointment) {
        return new Deadline(clockStart, originalDue, Optional.of(newAppointment));
    }

    /** The operational verdict for work finished at {@code finishedAt}, against the due moment in force. */
    public Timeliness verdict(LocalDateTime finishedAt) {
        return Timeliness.of(finishedAt, due());
    }
}
