package vn.motcua.platform.cache.boundary;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.motcua.platform.health.control.DatabaseUnavailable;

/**
 * A value read from the database at each use, whose last successful read a server keeps to serve while the database
 * cannot be reached ({@link DatabaseUnavailable}). While the database answers nothing is cached (every read is fresh,
 * so a change made on another server shows at once: cluster-correct by construction); during an outage the kept value
 * is the last this server read, and nothing can change meanwhile. Meant for the choices a form's post reads before
 * its action (a drop-down's options, which Faces checks the posted value against): with them kept, the post reaches
 * its action and is answered on its own page ("try again", what was typed kept) instead of failing on the read.
 * Thread-safe; the value must be immutable.
 *
 * @param <T> the value, immutable
 */
public final class LastKnown<T> {

    private final AtomicReference<T> last = new AtomicReference<>();

    /**
     * Reads the value; when the read fails because the database cannot be reached and a value was read before, that
     * value. Any other failure, or an outage before the first successful read, is thrown as it came.
     */
    public T read(Supplier<T> read) {
        T value;
        try {
            value = Objects.requireNonNull(read.get(), "a read of the database gave null");
        } catch (RuntimeException e) {
            T kept = last.get();
            if (kept != null && DatabaseUnavailable.causes(e)) {
                return kept;
            }
            throw e;
        }
        last.set(value);
        return value;
    }
}
