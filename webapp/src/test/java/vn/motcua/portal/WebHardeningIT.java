package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile visitor sees of the portal and its server over plain HTTP, in the test domain configured by the same
 * asadmin files as a real one: security headers on pages and other answers, anonymous pages that open no session, the
 * server root redirecting to the portal, the server's own error pages naming no product, the MicroProfile endpoints
 * absent from the public port, a page refused for lack of permission answering 403, no WADL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    /** Sở Thông tin và Truyền thông in the demo province. */
    private static final long AGENCY = 110L;

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @ArquillianResource
    URL portal;

    private final HttpClient anonymous =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageCarriesAContentSecurityPolicyWithANonceAndTheOtherSecurityHeaders() throws Exception {
        HttpResponse<String> login = get(anonymous, "login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p)
                .contains("script-src 'self' 'nonce-")
                .contains("default-src 'self'")
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-eval"));
        String nonce = nonceOf(policies);
        assertThat(login.body())
                .as("PrimeFaces' scripts carry the nonce of the header")
                .contains("nonce=\"" + nonce + "\"");
        assertThat(login.body())
                .as("no inline event handler attribute left in the page")
                .doesNotContainPattern("\\son(click|change|complete|load|submit)=\"");
        assertSecurityHeaders(login);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void answersThatAreNotPagesCarryTheHeadersTooAndStaticResourcesStayCacheable() throws Exception {
        HttpResponse<String> api = get(anonymous, "api/v1/lookup?code=X&secret=Y");
        assertSecurityHeaders(api);
        assertThat(api.headers().allValues("Content-Security-Policy"))
                .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'self'"));

        HttpResponse<String> css = get(anonymous, "jakarta.faces.resource/css/portal.css.xhtml?ln=motcua");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().allValues("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void theApiAndTheWayInFromTheServerRootOpenNoSession() throws Exception {
        for (String page : List.of("api/v1/lookup?code=X&secret=Y", "")) {
            HttpResponse<String> reply = get(anonymous, page);
            assertThat(reply.headers().allValues("Set-Cookie"))
                    .as("no session for /motcua/" + page)
                    .isEmpty();
        }
    }

    /**
     * The readiness answer a load balancer checks: anonymous, no session, and nothing but UP (the database answers)
     * - no version, host or error text for a visitor to learn from; never stored by a cache.
     */
    @Test
    void theReadinessAnswerSaysUpAndNothingElse() throws Exception {
        HttpResponse<String> ready = get(anonymous, "api/v1/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(ready.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertSecurityHeaders(ready);
    }

    /**
     * Stateless pages stay stateless under PrimeFaces' CSP: the nonce is kept in the view map (an HTTP session) only
     * for views that are not transient, and {@code StatelessViewsFirst} builds the page before PrimeFaces asks.
     */
    @Test
    void anonymousPagesOpenNoSession() throws Exception {
        for (String page : List.of("login.xhtml", "public/lookup.xhtml", "public/submit.xhtml", "public/kiosk.xhtml")) {
            HttpResponse<String> reply = get(anonymous, page);
            assertThat(reply.statusCode()).as(page).isIn(200, 302);
            assertThat(reply.headers().allValues("Set-Cookie"))
                    .as("no session for /motcua/" + page)
                    .isEmpty();
        }
    }

    @Test
    void theServerRootRedirectsToThePortalWithoutSessionOrWelcomePage() throws Exception {
        HttpResponse<String> root = send(anonymous, HttpRequest.newBuilder(server("/")));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/motcua/"));
        assertThat(root.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(root.body()).doesNotContainIgnoringCase("payara");
    }

    @Test
    void theServersOwnErrorPagesNameNoProductAndNoVersion() throws Exception {
        HttpResponse<String> missing = send(anonymous, HttpRequest.newBuilder(server("/no-such-application/x")));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang").doesNotContainIgnoringCase("payara");

        HttpResponse<String> trace = send(
                anonymous, HttpRequest.newBuilder(server("/")).method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.body()).doesNotContainIgnoringCase("payara");

        HttpResponse<String> delete =
                send(anonymous, HttpRequest.newBuilder(server("/index.html")).DELETE());
        assertThat(delete.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(delete.body()).doesNotContainIgnoringCase("payara").doesNotContain("6.20");
        assertThat(delete.headers().firstValue("Server")).isEmpty();
        assertThat(delete.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void healthMetricsAndOpenApiAreNotOnThePublicPort() throws Exception {
        for (String endpoint : List.of("/health", "/metrics", "/openapi")) {
            HttpResponse<String> reply = send(anonymous, HttpRequest.newBuilder(server(endpoint)));
            assertThat(reply.statusCode()).as(endpoint).isEqualTo(404);
            assertThat(reply.body()).as(endpoint).doesNotContain("heap", "thread", "openapi:");
        }
    }

    @Test
    void aPageRefusedForLackOfPermissionAnswers403WithThePortalsPage() throws Exception {
        String username = "tiepnhan.hardening";
        HttpClient officer = loggedIn(username, FixtureServlet.officer(portal, username, "COUNTER_OFFICER", AGENCY));

        HttpResponse<String> home = get(officer, "index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control"))
                .as("an officer's page is never kept by a cache")
                .hasValue("no-store");

        HttpResponse<String> roles = get(officer, "admin/roles.xhtml");
        assertThat(roles.statusCode()).isEqualTo(403);
        assertThat(roles.body()).contains("Bạn không có quyền").doesNotContain("\tat vn.motcua", "Caused by");

        HttpResponse<String> wadl = get(officer, "api/application.wadl");
        assertThat(wadl.statusCode()).as("no generated description of the API").isEqualTo(404);
    }

    @Test
    void anUploadPastTheMultipartCapGetsAMessageNotTheErrorPage() throws Exception {
        String ajax = rawPost("public/submit.xhtml", "Faces-Request: partial/ajax\r\n");
        assertThat(ajax).startsWith("HTTP/1.1 200");
        assertThat(ajax)
                .contains("<partial-response>", "<update id=\"messages\">", "Tệp tải lên quá lớn", "tối đa 21 MB")
                .doesNotContain("Đã xảy ra lỗi");

        String form = rawPost("public/submit.xhtml", "");
        assertThat(form).startsWith("HTTP/1.1 413").contains("Tệp tải lên quá lớn");
    }

    /**
     * Issue 12: a crafted file name (a path, markup) and a file past the old 20 MB per-file cap each get a Vietnamese
     * message in the page, never the general error page, and nothing is held. Sent as raw multipart posts, as a
     * hostile client would: a browser never sends a name with a path.
     */
    @Test
    void uploadRefusalsExplainThemselvesAndKeepNothing() {
        var citizen = new PortalClient(portal);
        // The printing licence (online, Sở TTTT): its page holds the scans being uploaded, one file input a document.
        PortalClient.Answer page = citizen.get("public/submit.xhtml?procedure=4");
        assertThat(page.status()).isEqualTo(200);

        for (String crafted : List.of("../../etc/giay-to.pdf", "<img src=x onerror=alert(1)>.pdf")) {
            PortalClient.Answer refused = citizen.upload("public/submit.xhtml", page, 0, crafted, PDF);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body())
                    .as("refusal of %s", crafted)
                    .contains("<partial-response>", "Hãy đổi tên tệp rồi tải lên lại")
                    .doesNotContain("Đã xảy ra lỗi", "Hệ thống gặp sự cố", "<img src=x");
        }

        // 20 MB and a bit: under the request cap (21 MB), over what a scan may weigh (10 MB).
        byte[] large = java.util.Arrays.copyOf(PDF, 20 * 1024 * 1024 + 100_000);
        PortalClient.Answer tooLarge = citizen.upload("public/submit.xhtml", page, 1, "ban-quet-lon.pdf", large);
        assertThat(tooLarge.status()).isEqualTo(200);
        assertThat(tooLarge.body())
                .contains("<partial-response>", "vượt quá dung lượng cho phép 10 MB", "Tệp không được lưu")
                .doesNotContain("Đã xảy ra lỗi", "Hệ thống gặp sự cố", "jakarta.faces.ViewRoot");

        // What the page holds: only the one file with a clean name, none of the refused ones.
        PortalClient.Answer fine = citizen.upload("public/submit.xhtml", page, 0, "to-khai.pdf", PDF);
        assertThat(fine.body())
                .contains("Đã tải lên \"to-khai.pdf\"")
                .doesNotContain("ban-quet-lon.pdf ·", "giay-to.pdf ·");
    }

    /** The smallest file Tika reads as a PDF. */
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    // --- helpers ---

    /**
     * A multipart POST that declares 30 MB (over the 21 MB cap) and sends a few bytes: the answer must come without
     * the body being read.
     */
    private String rawPost(String path, String extraHeaders) throws IOException {
        try (var socket = new java.net.Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + portal.getPath().replaceAll("/$", "") + "/" + path + " HTTP/1.1\r\n"
                    + "Host: " + portal.getHost() + ":" + portal.getPort() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Content-Length: 31457280\r\nConnection: close\r\n" + extraHeaders + "\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The server answers without reading the body, but may keep the connection to drain it: read what comes
            // until it pauses.
            var answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    socket.setSoTimeout(3_000);
                }
            } catch (java.net.SocketTimeoutException pause) {
                // all that was sent
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Logs in through the login form like a browser; checks the session cookie's attributes on the way. */
    private HttpClient loggedIn(String username, String password) throws Exception {
        var cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = get(client, "login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        assertThat(state.find()).as("view state in the login form").isTrue();
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1))
                // The page's CSP nonce, which PrimeFaces' script adds to every post of a browser.
                + "&primefaces.nonce=" + enc(nonceOf(form.headers().allValues("Content-Security-Policy")));
        HttpResponse<String> reply = send(
                client,
                HttpRequest.newBuilder(page("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(reply.statusCode()).as("login redirects").isEqualTo(302);
        assertThat(reply.headers().allValues("Set-Cookie"))
                .as("the session cookie: HttpOnly and SameSite")
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        return client;
    }

    private static void assertSecurityHeaders(HttpResponse<?> reply) {
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("Referrer-Policy"))
                .hasValueSatisfying(v -> assertThat(v).isIn("same-origin", "no-referrer"));
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    private static String nonceOf(List<String> policies) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(String.join(" ", policies));
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return send(client, HttpRequest.newBuilder(page(path)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI page(String path) {
        return URI.create(portal.toExternalForm().replaceAll("/$", "") + "/" + path);
    }

    private URI server(String path) {
        return URI.create(portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort() + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
