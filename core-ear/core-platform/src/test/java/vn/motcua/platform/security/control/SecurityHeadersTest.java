package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * Issue 12: no HSTS on the HTTPS listener and the login form over plain HTTP. With the production profile's TLS
     * ({@code motcua.security.https-only}), an HTTPS answer carries HSTS and plain HTTP is sent to the same address
     * over HTTPS; without it (a developer's portal, a TLS proxy in front) no HSTS is sent. check-hardened.sh checks
     * the same on a hardened domain.
     */
    @Test
    void withTlsHttpsAnswersCarryHstsAndPlainHttpIsSentToHttps() {
        Map<String, String> secure = new HashMap<>();
        SecurityHeaders.apply(response(secure), false, true);
        assertThat(secure)
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .containsEntry("Cache-Control", "no-store");
        Map<String, String> plain = new HashMap<>();
        SecurityHeaders.apply(response(plain), false, false);
        assertThat(plain).doesNotContainKey("Strict-Transport-Security").containsKey("Content-Security-Policy");

        assertThat(SecurityHeaders.httpsUrl(request("portal.thaihoa.gov.vn", "/motcua/login.xhtml", "x=1"), 443))
                .isEqualTo("https://portal.thaihoa.gov.vn/motcua/login.xhtml?x=1");
        assertThat(SecurityHeaders.httpsUrl(request("::1", "/motcua/", null), 8181))
                .isEqualTo("https://[::1]:8181/motcua/");
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                });
    }

    private static HttpServletRequest request(String host, String uri, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getServerName" -> host;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    default -> null;
                });
    }
}
