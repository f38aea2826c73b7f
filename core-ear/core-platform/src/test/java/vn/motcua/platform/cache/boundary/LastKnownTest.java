package vn.motcua.platform.cache.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastKnownTest {

    private static final RuntimeException DOWN =
            new PersistenceException(new SQLNonTransientConnectionException("Connection is broken", "90067"));

    private final LastKnown<List<String>> units = new LastKnown<>();

    @Test
    void whileTheDatabaseAnswersEveryReadIsFresh() {
        assertThat(units.read(() -> List.of("Phường 1"))).containsExactly("Phường 1");
        assertThat(units.read(() -> List.of("Phường 1", "Phường 2"))).containsExactly("Phường 1", "Phường 2");
    }

    @Test
    void whileTheDatabaseCannotBeReachedTheLastReadIsServed() {
        units.read(() -> List.of("Phường 1", "Phường 2"));
        assertThat(units.read(() -> {
                    throw DOWN;
                }))
                .containsExactly("Phường 1", "Phường 2");
        // back: fresh again
        assertThat(units.read(() -> List.of("Phường 3"))).containsExactly("Phường 3");
    }

    @Test
    void anOutageBeforeTheFirstReadFailsAsItCame() {
        assertThatThrownBy(() -> units.read(() -> {
                    throw DOWN;
                }))
                .isSameAs(DOWN);
    }

    @Test
    void anyOtherFailureIsNeverHiddenByTheKeptValue() {
        units.read(() -> List.of("Phường 1"));
        var bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> units.read(() -> {
                    throw bug;
                }))
                .isSameAs(bug);
    }
}
