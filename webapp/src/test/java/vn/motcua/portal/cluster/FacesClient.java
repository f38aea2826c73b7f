package vn.motcua.portal.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One officer's browser without a screen, for the soak check: a cookie jar (one HTTP session, pinned by HAProxy's
 * cookie), full page requests, and PrimeFaces Ajax posts the way the page's buttons send them (source, execute, render,
 * the form's fields, the view state and the CSP nonce), reading the partial response's updates. Built on the same
 * form-post idea as the portal's {@code PortalClient}, with what a long run against a cluster under faults needs:
 * request timeouts, the view state carried from one Ajax answer to the next, and every failure sorted into a
 * {@link Kind} (never an exception the driver cannot count).
 */
final class FacesClient {

    /** Why a request did not give the page it asked for. */
    enum Kind {
        TIMEOUT,
        CONNECTION,
        HTTP_5XX,
        HTTP_OTHER,
        TRY_AGAIN,
        LOGGED_OUT,
        VIEW_EXPIRED,
        UNEXPECTED
    }

    /** A request that failed, with its kind and a short reason. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Kind kind;
        final int status;

        Failure(Kind kind, String message) {
            this(kind, message, 0);
        }

        Failure(Kind kind, String message, int status) {
            super(message, null, false, false);
            this.kind = kind;
            this.status = status;
        }

        /** The kind, with the HTTP status for answers in error (HTTP_5XX:503). */
        String label() {
            return status == 0 ? kind.name() : kind.name() + ":" + status;
        }
    }

    /** The portal's own message while the database is unreachable (error.databaseUnavailable). */
    static final String TRY_AGAIN_TEXT = "không kết nối được cơ sở dữ liệu";

    private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern UPDATE =
            Pattern.compile("<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)\\]\\]></update>", Pattern.DOTALL);
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("<error-name>(.*?)</error-name>", Pattern.DOTALL);

    private final String base;
    private final String contextPath;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Duration timeout;
    private final Meter meter;

    /** Told every request sent: its kind ({@code "GET receive"}, ...) and how long its answer took. */
    interface Meter {
        void record(String kind, long nanos);
    }

    /** A page as loaded and then changed by Ajax answers: where its forms post, its view state and nonce. */
    static final class Page {
        final String path;
        final String body;
        String action;
        String viewState;
        String nonce;

        Page(String path, String body) {
            this.path = path;
            this.body = body;
        }
    }

    /**
     * @param portal the portal's address, ending in its context path ({@code http://host:port/motcua/})
     * @param meter told every request sent, for the run's counts
     */
    FacesClient(String portal, Duration timeout, Meter meter) {
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

    /** The instance HAProxy pins this session to (its cookie MCNODE: n1 or n2), "-" before the first answer. */
    String node() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("MCNODE"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("-");
    }

    /** Forgets the session (after the portal logged this officer out). */
    void forgetSession() {
        cookies.getCookieStore().removeAll();
    }

    /** A full page; fails with LOGGED_OUT when the portal answers with its login page instead. */
    Page get(String path, String kind) {
        HttpResponse<String> reply =
                send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET().build(), kind);
        Page page = page(reply);
        if (!path.startsWith("login") && page.path.startsWith("login.xhtml")) {
            throw new Failure(Kind.LOGGED_OUT, path + " answered with the login page");
        }
        return page;
    }

    /** A plain (non-Ajax) post of a form of {@code page} by its button, with the given fields. */
    Page post(Page page, String form, String button, Map<String, String> fields, String kind) {
        var all = new LinkedHashMap<String, String>();
        all.put(form, form);
        all.putAll(fields);
        all.put(button, "");
        all.put("jakarta.faces.ViewState", page.viewState);
        if (page.nonce != null) {
            all.put("primefaces.nonce", page.nonce);
        }
        HttpResponse<String> reply = send(
                HttpRequest.newBuilder(URI.create(origin() + page.action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
                        .build(),
                kind);
        return page(reply);
    }

    /**
     * A PrimeFaces Ajax request from {@code page}: {@code source} (a button, or a field with {@code event}),
     * {@code execute} and {@code render} as the component declares them, and the form fields sent. Answers the
     * partial response's updates by client id (markup), keeping the new view state on the page.
     */
    Map<String, String> ajax(
            Page page,
            String form,
            String source,
            String execute,
            String render,
            String event,
            Map<String, String> fields,
            String kind) {
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
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", page.viewState);
        if (page.nonce != null) {
            all.put("primefaces.nonce", page.nonce);
        }
        HttpResponse<String> reply = send(
                HttpRequest.newBuilder(URI.create(origin() + page.action))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
                        .build(),
                kind);
        String body = reply.body();
        if (!body.contains("<partial-response")) {
            if (reply.uri().getPath().endsWith("login.xhtml")) {
                throw new Failure(Kind.LOGGED_OUT, kind + ": the login page instead of an Ajax answer");
            }
            throw new Failure(Kind.UNEXPECTED, kind + ": no partial response (HTTP " + reply.statusCode() + ")");
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
        if (updates.values().stream().anyMatch(u -> u.contains(TRY_AGAIN_TEXT))) {
            throw new Failure(Kind.TRY_AGAIN, kind + ": the portal said the database is unavailable");
        }
        return updates;
    }

    /** A JSON or other non-page resource (the public API). */
    HttpResponse<String> raw(String path, String kind) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET().build(), kind);
    }

    private HttpResponse<String> send(HttpRequest request, String kind) {
        HttpRequest timed =
                HttpRequest.newBuilder(request, (n, v) -> true).timeout(timeout).build();
        HttpResponse<String> reply;
        long start = System.nanoTime();
        try {
            reply = http.send(timed, HttpResponse.BodyHandlers.ofString());
            meter.record(kind, System.nanoTime() - start);
        } catch (HttpTimeoutException e) {
            meter.record(kind, System.nanoTime() - start);
            throw new Failure(Kind.TIMEOUT, kind + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            meter.record(kind, System.nanoTime() - start);
            throw new Failure(Kind.CONNECTION, kind + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Kind.UNEXPECTED, kind + ": interrupted");
        }
        String body = reply.body() == null ? "" : reply.body();
        if (body.contains(TRY_AGAIN_TEXT)) {
            throw new Failure(Kind.TRY_AGAIN, kind + ": the portal said the database is unavailable");
        }
        if (reply.statusCode() >= 500) {
            throw new Failure(Kind.HTTP_5XX, kind + ": HTTP " + reply.statusCode(), reply.statusCode());
        }
        if (reply.statusCode() >= 400 && reply.statusCode() != 404) {
            throw new Failure(Kind.HTTP_OTHER, kind + ": HTTP " + reply.statusCode());
        }
        return reply;
    }

    private Page page(HttpResponse<String> reply) {
        String path = reply.uri().getPath();
        if (path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        path = path.replaceFirst("^/", "");
        if (reply.uri().getQuery() != null) {
            path = path + "?" + reply.uri().getQuery();
        }
        Page page = new Page(path, reply.body());
        Matcher state = VIEW_STATE.matcher(page.body);
        if (state.find()) {
            page.viewState = unescape(state.group(1));
        }
        Matcher nonce = CSP_NONCE.matcher(page.body);
        if (nonce.find()) {
            page.nonce = nonce.group(1);
        }
        Matcher action = Pattern.compile("<form [^>]*action=\"([^\"]+)\"").matcher(page.body);
        page.action = action.find() ? unescape(action.group(1)) : reply.uri().getPath();
        return page;
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** The few entities Faces writes into attribute values. */
    static String unescape(String text) {
        return text.replace("&#58;", ":")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
