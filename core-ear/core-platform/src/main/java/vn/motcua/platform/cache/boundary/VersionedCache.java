package vn.motcua.platform.cache.boundary;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value a server keeps across requests, valid while its version row ({@link CacheVersions}) stays where it was
 * when the value was built. The row is read at most once per {@code checkMillis} (one primary-key query a second per
 * server), so a change on another server shows here within that time. Thread-safe; two requests may both rebuild
 * after a change, which is harmless (the value is read-only).
 *
 * @param <T> the cached value, immutable
 */
public final class VersionedCache<T> {

    /** How often a cache asks its version row: a change shows on every server within this time. */
    public static final long CHECK_MILLIS = 1_000;

    private record Built<T>(T value, long version, long checkedAt) {}

    private final AtomicReference<Built<T>> built = new AtomicReference<>();
    private final long checkMillis;
    private final LongSupplier clock;

    public VersionedCache() {
        this(CHECK_MILLIS, System::currentTimeMillis);
    }

    VersionedCache(long checkMillis, LongSupplier clock) {
        this.checkMillis = checkMillis;
        this.clock = clock;
    }

    /**
     * The value: the one kept, unless its version row was not checked for {@code checkMillis} and has moved since.
     *
     * @param version reads the current version row (a query)
     * @param build reads the value from the database
     */
    public T get(LongSupplier version, Supplier<T> build) {
        Built<T> current = built.get();
        long now = clock.getAsLong();
        if (current != null && now - current.checkedAt() < checkMillis) {
            return current.value();
        }
        // the version first: a change committed while the value is built is seen at the next check
        long seen = version.getAsLong();
        if (current != null && current.version() == seen) {
            built.compareAndSet(current, new Built<>(current.value(), seen, now));
            return current.value();
        }
        T value = build.get();
        built.set(new Built<>(value, seen, now));
        return value;
    }

    /** Forgets the value on this server (the next {@link #get} rebuilds it). */
    public void forget() {
        built.set(null);
    }
}
