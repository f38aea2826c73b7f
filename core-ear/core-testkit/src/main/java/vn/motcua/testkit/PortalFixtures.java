package vn.motcua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client side of the fixture a deployment from {@link Deployments#pluginUnderTest()} carries: what a plugin's browser
 * test needs before its first page, prepared without the admin screens. Agencies are named by their identifier code
 * (mã định danh, e.g. {@code 000.00.12.H99}), roles by their code ({@code COUNTER_OFFICER}, {@code
 * PROCESSING_OFFICER}, {@code DIVISION_HEAD}, {@code LEADER}, {@code ADMIN}).
 */
public final class PortalFixtures {

    private final URL portal;

    private PortalFixtures(URL portal) {
        this.portal = portal;
    }

    /** The fixtures of the deployed portal ({@code @ArquillianResource URL}). */
    public static PortalFixtures of(URL portal) {
        return new PortalFixtures(portal);
    }

    /** Creates (once) an officer with a role in the agency and answers a new random password (no change asked). */
    public String officer(String username, String roleCode, String agencyCode) {
        return post("officer", Map.of("username", username, "role", roleCode, "agency", agencyCode));
    }

    /** Switches the plugin on for the agency (and so for every agency below it), as an admin on /admin/plugins. */
    public PortalFixtures enable(String pluginId, String agencyCode) {
        post("enable", Map.of("plugin", pluginId, "agency", agencyCode));
        return this;
    }

    /**
     * Makes sure the catalog has a published procedure with this code decided by the agency: if it has none, one is
     * created and published from today, a copy of one of the agency's procedures (its documents, fees and steps)
     * under this name.
     */
    public PortalFixtures procedure(String nationalCode, String name, String agencyCode) {
        post("procedure", Map.of("code", nationalCode, "name", name, "agency", agencyCode));
        return this;
    }

    private String post(String what, Map<String, String> parameters) {
        String body = new LinkedHashMap<>(parameters)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        URI uri = URI.create(portal.toExternalForm().replaceAll("/$", "") + "/testkit/" + what);
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("the test fixture " + what + " answered " + reply.statusCode()
                        + " (see the test domain's server.log): " + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
