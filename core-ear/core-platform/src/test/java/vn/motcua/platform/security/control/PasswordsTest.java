package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.CoreVersion;

class PasswordsTest {

    @Test
    void policyExplainsWhatIsWrongWithAPassword() {
        assertThat(Passwords.weakness("ngan1", "lan")).isEqualTo("platform.password.tooShort");
        assertThat(Passwords.weakness("chicochudaithoi", "lan")).isEqualTo("platform.password.needsLetterAndDigit");
        assertThat(Passwords.weakness("lan.nguyen2026", "lan.nguyen")).isEqualTo("platform.password.containsUsername");
        assertThat(Passwords.weakness("MotCuaDienTu2026", "lan.nguyen")).isNull();
    }

    @RepeatedTest(20)
    void randomPasswordsMeetThePolicyAndAvoidLookAlikes() {
        String password = Passwords.random(12);
        assertThat(password).hasSize(12).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
        assertThat(Passwords.weakness(password, "admin")).isNull();
    }

    @Test
    void hashesAreArgon2idAndVerify() {
        var service = Passwords.service();
        String hash = service.encryptPassword("MotCuaDienTu2026");
        assertThat(hash).contains("argon2id");
        assertThat(service.passwordsMatch("MotCuaDienTu2026", hash)).isTrue();
        assertThat(service.passwordsMatch("motcuadientu2026", hash)).isFalse();
    }

    @Test
    void coreVersionsCompareNumerically() {
        assertThat(CoreVersion.compare("0.10", "0.9")).isPositive();
        assertThat(CoreVersion.compare("1.0", "1")).isZero();
        assertThat(CoreVersion.compare("0.1", "0.2")).isNegative();
    }
}
