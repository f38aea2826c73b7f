package vn.motcua.dossier.lookup.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupSecretsTest {

    @Test
    void theCodeIsReadWithoutSpacesAndAlsoInUpperCase() {
        assertThat(LookupSecrets.codeVariants(" 000.00.12.H99-261122-0001 "))
                .containsExactly("000.00.12.H99-261122-0001");
        assertThat(LookupSecrets.codeVariants("000.00.12.h99 - 261122-0001"))
                .containsExactly("000.00.12.h99-261122-0001", "000.00.12.H99-261122-0001");
        assertThat(LookupSecrets.codeVariants("   ")).isEmpty();
        assertThat(LookupSecrets.codeVariants(null)).isEmpty();
        assertThat(LookupSecrets.codeVariants("x".repeat(61)))
                .as("longer than any code")
                .isEmpty();
    }

    @Test
    void theSecretIgnoresCaseSpacesAndDashes() {
        assertThat(LookupSecrets.secret(" k7q-2m9 ")).isEqualTo("K7Q2M9");
        assertThat(LookupSecrets.secret(" - ")).isNull();
        assertThat(LookupSecrets.secret(null)).isNull();
    }

    @Test
    void onlyTheSameSecretMatchesAndAnUnknownCodeNeverDoes() {
        assertThat(LookupSecrets.matches("K7Q2M9", "K7Q2M9")).isTrue();
        assertThat(LookupSecrets.matches("K7Q2M9", "K7Q2M8")).isFalse();
        assertThat(LookupSecrets.matches("K7Q2M9", "K7Q2M9X")).isFalse();
        assertThat(LookupSecrets.matches("K7Q2M9", "")).isFalse();
        assertThat(LookupSecrets.matches(null, "K7Q2M9")).isFalse();
        assertThat(LookupSecrets.matches(null, "\u0000no secret"))
                .as("not even the placeholder compared against for unknown codes")
                .isFalse();
    }
}
