package vn.motcua.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OfficerAndTreesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    @Test
    void anAccountLocksAfterTheLastAllowedFailureAndASuccessClearsTheCount() {
        var officer = new Officer();
        for (int i = 0; i < 4; i++) {
            officer.loginFailed(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(officer.isLockedAt(NOW)).isFalse();
        officer.loginFailed(NOW, 5, Duration.ofMinutes(15));
        assertThat(officer.isLockedAt(NOW.plusMinutes(14))).isTrue();
        assertThat(officer.isLockedAt(NOW.plusMinutes(16))).isFalse();
        officer.loginSucceeded(NOW.plusMinutes(16));
        assertThat(officer.getFailedLogins()).isZero();
        assertThat(officer.getLastLoginAt()).isEqualTo(NOW.plusMinutes(16));
    }

    @Test
    void temporaryPasswordsMustBeChanged() {
        var officer = new Officer();
        officer.changePassword("$hash", true);
        assertThat(officer.isPasswordChangeRequired()).isTrue();
        officer.changePassword("$hash2", false);
        assertThat(officer.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        var officer = new Officer();
        officer.setUsername("  Lan.Nguyen ");
        assertThat(officer.getUsername()).isEqualTo("lan.nguyen");
    }

    @Test
    void materialisedPathsOfAnyDepth() {
        assertThat(Trees.childPath(null, 100)).isEqualTo("/100/");
        assertThat(Trees.childPath("/100/110/", 111)).isEqualTo("/100/110/111/");
        assertThat(Trees.depth("/100/")).isZero();
        assertThat(Trees.depth("/100/110/111/")).isEqualTo(2);
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/110/111/")).isTrue();
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/110/")).isTrue();
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/120/")).isFalse();
    }
}
