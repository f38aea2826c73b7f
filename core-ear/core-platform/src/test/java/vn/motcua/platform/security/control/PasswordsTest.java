package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.platform.CoreVersion;

class PasswordsTest {

    @Test
    void policyExplainsWhatIsWrongWithAPassword() {
        assertThat(Passwords.weakness("ngan1", "lan")).isEqualTo("platform.password.tooShort");
        assertThat(Passwords.weakness(null, "lan")).isEqualTo("platform.password.tooShort");
        assertThat(Passwords.weakness("lan.nguyen2026", "lan.nguyen")).isEqualTo("platform.password.containsUsername");
        assertThat(Passwords.weakness("MotCuaDienTu2026", "lan.nguyen")).isNull();
    }

    @Test
    void twelveCharactersAtLeastCountedAsTheUserTypesThem() {
        assertThat(Passwords.weakness("Xq7#mZ2!pL9", "lan"))
                .as("11 characters")
                .isEqualTo("platform.password.tooShort");
        assertThat(Passwords.weakness("Xq7#mZ2!pL9&", "lan"))
                .as("12 characters")
                .isNull();
        // Vietnamese letters are one character each, whatever their UTF-16 length.
        assertThat(Passwords.weakness("Ước mơ xanh ngát trời Tây Nguyên", "lan"))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234", // the finding of issue 12
                "Password1234",
                "123456789012",
                "qwertyuiop123",
                "aaaaaaaaaaaaaa",
                "iloveyou2024!",
                "abcdefghijklmnop",
                "P@ssw0rd12345"
            })
    void commonAndGuessablePasswordsAreRefusedEvenWhenLongEnough(String common) {
        assertThat(Passwords.weakness(common, "lan.nguyen")).isEqualTo("platform.password.guessable");
    }

    @Test
    void noCompositionRuleALongPhraseOfLettersIsFine() {
        assertThat(Passwords.weakness("chim sẻ đậu cành mai vàng", "lan")).isNull();
        assertThat(Passwords.weakness("chicochudaithoimotcua", "lan")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"QuanTri-000042-Sen", "TamThoi-00007-HoaMai", "CanBoMoi-00001-Lua", "Hoa sen nở giữa đầm 7"})
    void thePasswordsTheBrowserTestsChooseAreAccepted(String chosen) {
        assertThat(Passwords.weakness(chosen, "canbo.moi")).isNull();
    }

    @Test
    void theMessagesAreInVietnamese() {
        var bundle = java.util.ResourceBundle.getBundle(
                "META-INF.motcua.messages", Locale.forLanguageTag("vi"), Passwords.class.getClassLoader());
        assertThat(bundle.getString("platform.password.tooShort")).startsWith("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(bundle.getString("platform.password.guessable")).startsWith("Mật khẩu này quá phổ biến");
    }

    @RepeatedTest(20)
    void randomPasswordsMeetThePolicyAndAvoidLookAlikes() {
        String password = Passwords.random(16);
        assertThat(password).hasSize(16).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
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
