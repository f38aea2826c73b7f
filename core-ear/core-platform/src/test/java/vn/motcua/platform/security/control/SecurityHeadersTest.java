package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void staticResourcesAreTheOnlyCacheableAnswers() {
        assertThat(SecurityHeaders.isStaticResource("/jakarta.faces.resource/core.js.xhtml"))
                .isTrue();
        assertThat(SecurityHeaders.isStaticResource("/resources/motcua/css/portal.css"))
                .isTrue();
        assertThat(SecurityHeaders.isStaticResource("/favicon.ico")).isTrue();
        assertThat(SecurityHeaders.isStaticResource("/work/dossiers.xhtml")).isFalse();
        assertThat(SecurityHeaders.isStaticResource("/api/v1/lookup")).isFalse();
        assertThat(SecurityHeaders.isStaticResource("/public/resources.xhtml")).isFalse();
    }

    @Test
    void theBasePolicyForbidsFramingByOthersAndNeverRestrictsPrimeFacesScripts() {
        assertThat(SecurityHeaders.BASE_POLICY)
                .contains("frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'")
                .as("scripts are PrimeFaces' policy, with its nonce: a second script-src here would block them")
                .doesNotContain("script-src", "default-src");
    }

    @Test
    void onlyASessionCookieWithoutSameSiteIsCompleted() {
        assertThat(SecurityHeaders.lacksSameSite("JSESSIONID=abc; Path=/motcua; HttpOnly"))
                .isTrue();
        assertThat(SecurityHeaders.lacksSameSite("JSESSIONID=abc; Path=/motcua; HttpOnly; SameSite=Strict"))
                .isFalse();
        assertThat(SecurityHeaders.lacksSameSite("locale=vi; Path=/motcua")).isFalse();
    }
}
