package vn.motcua.catalog.control.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stop of the clock while the applicant completes the dossier (supplement requested at {@code from}, dossier
 * complete again at {@code to}): the interval [from, to). For a wait still running, pass the present moment as
 * {@code to} to see the deadline as it stands.
 */
public record Pause(LocalDateTime from, LocalDateTime to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end before it starts: " + from + " → " + to);
        }
    }
}
