package vn.motcua.platform.plugin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimChangesTest {

    @Test
    void theFirstBootClaimsEveryCodeOfTheInstalledPlugins() {
        var changes =
                ClaimChanges.between(Map.of(), Map.of("1.004652", "licensing", "2.000286", "social-welfare"), Set.of());
        assertThat(changes.claim()).isEqualTo(Map.of("1.004652", "licensing", "2.000286", "social-welfare"));
        assertThat(changes.release()).isEmpty();
        assertThat(changes.result()).isEqualTo(changes.claim());
    }

    @Test
    void anUnchangedBootWritesNothing() {
        Map<String, String> claims = Map.of("1.004652", "licensing", "9.990001", "licensing");
        var changes = ClaimChanges.between(claims, claims, Set.of());
        assertThat(changes.none()).isTrue();
        assertThat(changes.result()).isEqualTo(claims);
    }

    @Test
    void aPluginUninstalledByConfigurationKeepsItsClaims() {
        var changes = ClaimChanges.between(
                Map.of("1.004652", "licensing", "2.000286", "social-welfare"),
                Map.of("2.000286", "social-welfare"),
                Set.of("licensing"));
        assertThat(changes.none()).isTrue();
        assertThat(changes.result()).containsEntry("1.004652", "licensing").hasSize(2);
    }

    @Test
    void aCodeNowClaimedByAnotherInstalledPluginMovesToIt() {
        var changes = ClaimChanges.between(
                Map.of("1.004690", "printing-old"), Map.of("1.004690", "licensing"), Set.of("printing-old"));
        assertThat(changes.claim()).isEqualTo(Map.of("1.004690", "licensing"));
        assertThat(changes.release()).isEmpty();
        assertThat(changes.result()).isEqualTo(Map.of("1.004690", "licensing"));
    }

    @Test
    void aPluginGoneFromTheBuildReleasesItsCodes() {
        var changes = ClaimChanges.between(
                Map.of("1.004690", "sample", "1.004652", "licensing"), Map.of("1.004652", "licensing"), Set.of());
        assertThat(changes.claim()).isEmpty();
        assertThat(changes.release()).containsExactly("1.004690");
        assertThat(changes.result()).isEqualTo(Map.of("1.004652", "licensing"));
    }

    @Test
    void anInstalledPluginThatNoLongerClaimsACodeReleasesIt() {
        var changes = ClaimChanges.between(
                Map.of("1.004652", "licensing", "1.004663", "licensing"), Map.of("1.004652", "licensing"), Set.of());
        assertThat(changes.release()).containsExactly("1.004663");
        assertThat(changes.result()).isEqualTo(Map.of("1.004652", "licensing"));
    }
}
