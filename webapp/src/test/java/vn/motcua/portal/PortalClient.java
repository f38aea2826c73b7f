package vn.motcua.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for tests at the HTTP level: one cookie jar (one HTTP session), follows redirects, posts
 * Faces forms the way a browser does (the form's fields, its view state and the CSP nonce), sends PrimeFaces Ajax
 * requests the way the page's buttons do and uploads files the way PrimeFaces' file upload does.
 *
 * <p>Two ways to use it. The integration tests read whatever came back ({@link #get(String)}, {@link #submit}: the
 * status, the page and where it ended). The cluster's fault checks ({@code cluster.SoakFault}, {@code
 * cluster.CachesFault}) use the checked requests ({@link #get(String, String)}, {@link #post}, {@link #ajax}, {@link
 * #raw}), which give the page asked for or throw a {@link Failure} sorted into a {@link Kind} (never an exception the
 * driver cannot count), with request timeouts and every request told to a {@link Meter}.
 */
public final class PortalClient {

    /** Why a checked request did not give the page it asked for. */
    public enum Kind {
        TIMEOUT,
        CONNECTION,
        HTTP_5XX,
        HTTP_OTHER,
        TRY_AGAIN,
        /** The answer failed after the action ran: it may have been applied (the error page says so). */
        MAYBE_SAVED,
        LOGGED_OUT,
        VIEW_EXPIRED,
        UNEXPECTED
    }

    /** A request that failed, with its kind and a short reason. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final Kind kind;
        public final int status;

        public Failure(Kind kind, String message) {
            this(kind, message, 0);
        }

        Failure(Kind kind, String message, int status) {
            super(message, null, false, false);
            this.kind = kind;
            this.status = status;
        }

        /** The kind, with the HTTP status for answers in error (HTTP_5XX:503). */
        public String label() {
            return status == 0 ? kind.name() : kind.name() + ":" + status;
        }
    }

    /** Told every request sent: its kind ({@code "GET receive"}, ...) and how long its answer took. */
    public interface Meter {
        void record(String kind, long nanos);
    }

    /**
     * What a request ended on: the status, the path after redirects (below the context path, {@code /login.xhtml}, with
     * its query) and the page; for a Faces page also where its form posts, its view state (moved on by each Ajax
     * answer) and its nonce.
     */
    public static final class Answer {
        private final int status;
        private final String path;
        private final String body;
        private final String action;
        private final String nonce;
        private String viewState;

        Answer(int status, String path, String body, String action, String viewState, String nonce) {
            this.status = status;
            this.path = path;
            this.body = body;
            this.action = action;
            this.viewState = viewState;
            this.nonce = nonce;
        }

        public int status() {
            return status;
        }

        public String path() {
            return path;
        }

        public String body() {
            return body;
        }
    }

    /** The portal's own message while the database is unreachable (error.databaseUnavailable). */
    public static final String TRY_AGAIN_TEXT = "không kết nối được cơ sở dữ liệu";

    /** What the error page says when the action ran before the failure (error.*AfterAction). */
    public static final String MAYBE_SAVED_TEXT = "có thể đã được lưu";

    /** The nonce PrimeFaces' Content-Security-Policy gives the page; a browser's form posts send it back. */
    private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form [^>]*action=\"([^\"]+)\"");
    private static final Pattern UPDATE =
            Pattern.compile("<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)\\]\\]></update>", Pattern.DOTALL);
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("<error-name>(.*?)</error-name>", Pattern.DOTALL);

    private static final Meter NO_METER = (kind, nanos) -> {};

    private final String base;
    private final String contextPath;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Duration timeout;
    private final Meter meter;

    /** For the integration tests: no request timeout, nothing measured. */
    public PortalClient(URL portal) {
        this(portal.toExternalForm(), null, NO_METER);
    }

    /**
     * @param portal the portal's address, ending in its context path ({@code http://host:port/motcua/})
     * @param timeout how long a request may wait for its answer ({@code null}: as long as it takes)
     * @param meter told every request sent, for a run's counts
     */
    public PortalClient(String portal, Duration timeout, Meter meter) {
        this.base = portal.replaceAll("/$", "");
        this.contextPath = URI.create(base).getPath();
        this.timeout = timeout;
        this.meter = meter;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    // --- reading what came back (integration tests) ----------------------------------------------------------------

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET(), "GET " + path);
    }

    /** Logs in through the login page; answers the page the portal led to. */
    public Answer logIn(String username, String password) {
        return submit("login.xhtml", "login", Map.of("login:username", username, "login:password", password));
    }

    /** Opens a Faces page and submits one of its forms by its submit button {@code <form>:submit}. */
    public Answer submit(String page, String form, Map<String, String> fields) {
        return submit(page, form, form + ":submit", fields);
    }

    /** Opens a Faces page and submits one of its forms by the button {@code button} (its client id). */
    public Answer submit(String page, String form, String button, Map<String, String> fields) {
        return submit(get(page), page, form, button, fields);
    }

    /**
     * Submits one of the forms of a page already shown ({@code shown}: its answer, e.g. of an earlier submit) in the
     * same view, by the button {@code button}: the view-scoped state of the earlier requests is still there.
     */
    public Answer submit(Answer shown, String page, String form, String button, Map<String, String> fields) {
        if (shown.viewState == null) {
            throw new IllegalStateException(page + " has no Faces form: " + shown.path());
        }
        return send(formPost(URI.create(base + "/" + page), shown, form, button, fields), "POST " + page);
    }

    /**
     * Uploads a file the way PrimeFaces' file upload does (an Ajax multipart post of the page's form with its view
     * state and nonce), through the {@code index}-th file input of a page already opened with {@link #get}; the file
     * name and bytes are whatever the test crafts. Answers the partial response.
     */
    public Answer upload(String page, Answer shown, int index, String fileName, byte[] content) {
        Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(shown.body());
        for (int i = 0; i <= index; i++) {
            if (!input.find()) {
                throw new IllegalStateException(page + " has no file input " + index);
            }
        }
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
        if (!name.find() || shown.viewState == null || shown.nonce == null) {
            throw new IllegalStateException(page + ": no file input name, view state or nonce");
        }
        String field = name.group(1);
        String component = field.replaceFirst("_input$", "");
        String form = component.substring(0, component.indexOf(':'));
        var fields = new LinkedHashMap<String, String>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", component);
        fields.put("jakarta.faces.partial.execute", component);
        fields.put("jakarta.faces.partial.render", form);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", shown.viewState);
        fields.put("primefaces.nonce", shown.nonce);
        String boundary = "----MotCuaTest" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        fields.forEach((key, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(URI.create(base + "/" + page))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                "UPLOAD " + page);
    }

    // --- checked requests (the cluster's fault checks) -------------------------------------------------------------

    /** The instance HAProxy pins this session to (its cookie MCNODE: n1 or n2), "-" before the first answer. */
    public String node() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("MCNODE"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("-");
    }

    /** Forgets the session (after the portal logged this officer out). */
    public void forgetSession() {
        cookies.getCookieStore().removeAll();
    }

    /** A full page; fails with LOGGED_OUT when the portal answers with its login page instead. */
    public Answer get(String path, String kind) {
        Answer page = checked(
                send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET(), kind), kind);
        if (!path.startsWith("login") && page.path().startsWith("/login.xhtml")) {
            throw new Failure(Kind.LOGGED_OUT, path + " answered with the login page");
        }
        return page;
    }

    /** A plain (non-Ajax) post of a form of {@code page} by its button, with the given fields, to the form's action. */
    public Answer post(Answer page, String form, String button, Map<String, String> fields, String kind) {
        return checked(send(formPost(URI.create(origin() + page.action), page, form, button, fields), kind), kind);
    }

    /**
     * A PrimeFaces Ajax request from {@code page}: {@code source} (a button, or a field with {@code event}),
     * {@code execute} and {@code render} as the component declares them, and the form fields sent. Answers the
     * partial response's updates by client id (markup), keeping the new view state on the page.
     */
    public Map<String, String> ajax(
            Answer page,
            String form,
            String source,
            String execute,
            String render,
            String event,
            Map<String, String> fields,
            String kind) {
        return partial(
                page, encode(ajaxFields(page, form, partialParams(source, execute, render, event), fields)), kind);
    }

    /**
     * A button's PrimeFaces Ajax post of its whole form (the default {@code process="@form"}), with fields of several
     * values too ({@code lists}: a multiple choice's ticked values); answers as {@link #ajax}.
     */
    public Map<String, String> ajaxForm(
            Answer page,
            String form,
            String button,
            String render,
            Map<String, String> fields,
            Map<String, List<String>> lists,
            String kind) {
        var sent = new StringBuilder(encode(ajaxFields(page, form, partialParams(button, form, render, null), fields)));
        lists.forEach((name, values) -> values.forEach(value -> sent.append('&').append(encode(Map.of(name, value)))));
        return partial(page, sent.toString(), kind);
    }

    /** Sends an Ajax post of {@code page} and reads its partial response. */
    private Map<String, String> partial(Answer page, String sent, String kind) {
        Answer reply = checked(
                send(
                        HttpRequest.newBuilder(URI.create(origin() + page.action))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .header("Faces-Request", "partial/ajax")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .POST(HttpRequest.BodyPublishers.ofString(sent)),
                        kind),
                kind);
        String body = reply.body();
        if (!body.contains("<partial-response")) {
            if (reply.path().startsWith("/login.xhtml")) {
                throw new Failure(Kind.LOGGED_OUT, kind + ": the login page instead of an Ajax answer");
            }
            throw new Failure(Kind.UNEXPECTED, kind + ": no partial response (HTTP " + reply.status() + ")");
        }
        Matcher redirect = REDIRECT.matcher(body);
        if (redirect.find()) {
            String to = redirect.group(1);
            throw new Failure(
                    to.contains("login.xhtml") ? Kind.LOGGED_OUT : Kind.UNEXPECTED, kind + ": redirected to " + to);
        }
        Matcher error = ERROR.matcher(body);
        if (error.find()) {
            String name = error.group(1);
            throw new Failure(
                    name.contains("ViewExpired") ? Kind.VIEW_EXPIRED : Kind.UNEXPECTED, kind + ": " + name.strip());
        }
        var updates = new LinkedHashMap<String, String>();
        Matcher update = UPDATE.matcher(body);
        while (update.find()) {
            String content = update.group(2).replace("]]]]><![CDATA[>", "]]>");
            updates.put(update.group(1), content);
            if (update.group(1).contains("jakarta.faces.ViewState")) {
                page.viewState = content;
            }
        }
        if (updates.values().stream().anyMatch(u -> u.contains(MAYBE_SAVED_TEXT))) {
            throw new Failure(Kind.MAYBE_SAVED, kind + ": the portal said it may have been saved");
        }
        if (updates.values().stream().anyMatch(u -> u.contains(TRY_AGAIN_TEXT))) {
            throw new Failure(Kind.TRY_AGAIN, kind + ": the portal said the database is unavailable");
        }
        return updates;
    }

    /** A JSON or other non-page resource (the public API), checked as a page. */
    public Answer raw(String path, String kind) {
        return checked(
                send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET(), kind), kind);
    }

    /** The few entities Faces writes into attribute values. */
    public static String unescape(String text) {
        return text.replace("&#58;", ":")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // --- one way to send -------------------------------------------------------------------------------------------

    private HttpRequest.Builder formPost(URI to, Answer shown, String form, String button, Map<String, String> fields) {
        var all = new LinkedHashMap<String, String>();
        all.put(form, form);
        all.putAll(fields);
        all.put(button, "");
        all.put("jakarta.faces.ViewState", shown.viewState);
        if (shown.nonce != null) {
            all.put("primefaces.nonce", shown.nonce);
        }
        return HttpRequest.newBuilder(to)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all)));
    }

    /** What PrimeFaces sends with an Ajax request: source, execute, render, the event (if a field's behaviour). */
    private static Map<String, String> partialParams(String source, String execute, String render, String event) {
        var all = new LinkedHashMap<String, String>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", execute);
        all.put("jakarta.faces.partial.render", render);
        if (event != null) {
            all.put("jakarta.faces.behavior.event", event);
            all.put("jakarta.faces.partial.event", event);
        } else {
            all.put(source, source);
        }
        return all;
    }

    /** The Ajax request's fields: {@code partial}, the form, its fields, the page's view state and nonce. */
    private static Map<String, String> ajaxFields(
            Answer page, String form, Map<String, String> partial, Map<String, String> fields) {
        var all = new LinkedHashMap<String, String>(partial);
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", page.viewState);
        if (page.nonce != null) {
            all.put("primefaces.nonce", page.nonce);
        }
        return all;
    }

    /** Sends, with the timeout, tells the meter; a request without an answer is a {@link Failure}. */
    private Answer send(HttpRequest.Builder request, String kind) {
        if (timeout != null) {
            request.timeout(timeout);
        }
        HttpResponse<String> reply;
        long start = System.nanoTime();
        try {
            reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new Failure(Kind.TIMEOUT, kind + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new Failure(Kind.CONNECTION, kind + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Kind.UNEXPECTED, kind + ": interrupted");
        } finally {
            meter.record(kind, System.nanoTime() - start);
        }
        return answer(reply);
    }

    /** An answer that is not the page asked for (database unavailable, 5xx, 4xx but 404) as a {@link Failure}. */
    private static Answer checked(Answer reply, String kind) {
        if (reply.body().contains(MAYBE_SAVED_TEXT)) {
            throw new Failure(Kind.MAYBE_SAVED, kind + ": the portal said it may have been saved");
        }
        if (reply.body().contains(TRY_AGAIN_TEXT)) {
            throw new Failure(Kind.TRY_AGAIN, kind + ": the portal said the database is unavailable");
        }
        if (reply.status() >= 500) {
            throw new Failure(Kind.HTTP_5XX, kind + ": HTTP " + reply.status(), reply.status());
        }
        if (reply.status() >= 400 && reply.status() != 404) {
            throw new Failure(Kind.HTTP_OTHER, kind + ": HTTP " + reply.status());
        }
        return reply;
    }

    private Answer answer(HttpResponse<String> reply) {
        String path = reply.uri().getPath();
        if (path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        if (reply.uri().getQuery() != null) {
            path = path + "?" + reply.uri().getQuery();
        }
        String body = reply.body() == null ? "" : reply.body();
        Matcher state = VIEW_STATE.matcher(body);
        Matcher nonce = CSP_NONCE.matcher(body);
        Matcher action = FORM_ACTION.matcher(body);
        return new Answer(
                reply.statusCode(),
                path,
                body,
                action.find() ? unescape(action.group(1)) : reply.uri().getPath(),
                state.find() ? unescape(state.group(1)) : null,
                nonce.find() ? nonce.group(1) : null);
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
