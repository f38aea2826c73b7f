package vn.motcua.platform.cache.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicLong now = new AtomicLong(10_000);
    private final AtomicLong version = new AtomicLong(7);
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicInteger builds = new AtomicInteger();
    private final VersionedCache<String> cache = new VersionedCache<>(1_000, now::get);

    private String get() {
        return cache.get(
                () -> {
                    versionReads.incrementAndGet();
                    return version.get();
                },
                () -> "built " + builds.incrementAndGet() + " at version " + version.get());
    }

    @Test
    void withinASecondTheValueIsServedWithoutAnyQuery() {
        assertEquals("built 1 at version 7", get());
        now.addAndGet(999);
        version.set(8); // another server changed it: not asked yet
        assertEquals("built 1 at version 7", get());
        assertEquals(1, versionReads.get());
        assertEquals(1, builds.get());
    }

    @Test
    void aChangeOnAnotherServerShowsAtTheFirstCheckAfterASecond() {
        get();
        version.set(8);
        now.addAndGet(1_000);
        assertEquals("built 2 at version 8", get());
        assertEquals(2, versionReads.get());
    }

    @Test
    void anUnchangedVersionKeepsTheValueAndChecksAgainOnlyASecondLater() {
        get();
        now.addAndGet(1_500);
        assertEquals("built 1 at version 7", get()); // checked: same version
        now.addAndGet(500);
        assertEquals("built 1 at version 7", get()); // not checked again yet
        assertEquals(2, versionReads.get());
        assertEquals(1, builds.get());
    }

    @Test
    void forgetRebuildsAtOnceOnThisServer() {
        get();
        cache.forget();
        assertEquals("built 2 at version 7", get());
    }
}
