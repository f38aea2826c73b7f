package vn.motcua.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for tests at the HTTP level: one cookie jar (one HTTP session), follows redirects, and
 * posts Faces forms the way a browser does (the form's fields plus its view state).
 */
final class PortalClient {

    /** The nonce PrimeFaces' Content-Security-Policy gives the page; a browser's form posts send it back. */
    private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    /** What a request ended on: the last URL after redirects and the page. */
    record Answer(int status, String path, String body) {}

    PortalClient(URL portal) {
        this.base = portal.toExternalForm().replaceAll("/$", "");
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET().build());
    }

    /** Logs in through the login page; answers the page the portal led to. */
    Answer logIn(String username, String password) {
        return submit("login.xhtml", "login", Map.of("login:username", username, "login:password", password));
    }

    /** Opens a Faces page and submits one of its forms by its submit button {@code <form>:submit}. */
    Answer submit(String page, String form, Map<String, String> fields) {
        return submit(page, form, form + ":submit", fields);
    }

    /** Opens a Faces page and submits one of its forms by the button {@code button} (its client id). */
    Answer submit(String page, String form, String button, Map<String, String> fields) {
        return submit(get(page), page, form, button, fields);
    }

    /**
     * Submits one of the forms of a page already shown ({@code shown}: its answer, e.g. of an earlier submit) in the
     * same view, by the button {@code button}: the view-scoped state of the earlier requests is still there.
     */
    Answer submit(Answer shown, String page, String form, String button, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(shown.body());
        if (!state.find()) {
            throw new IllegalStateException(page + " has no Faces form: " + shown.path());
        }
        var all = new LinkedHashMap<String, String>();
        all.put(form, form);
        all.putAll(fields);
        all.put(button, "");
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        Matcher nonce = CSP_NONCE.matcher(shown.body());
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + "/" + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Uploads a file the way PrimeFaces' file upload does (an Ajax multipart post of the page's form with its view
     * state and nonce), through the {@code index}-th file input of a page already opened with {@link #get}; the file
     * name and bytes are whatever the test crafts. Answers the partial response.
     */
    Answer upload(String page, Answer shown, int index, String fileName, byte[] content) {
        Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(shown.body());
        for (int i = 0; i <= index; i++) {
            if (!input.find()) {
                throw new IllegalStateException(page + " has no file input " + index);
            }
        }
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
        Matcher state = VIEW_STATE.matcher(shown.body());
        Matcher nonce = CSP_NONCE.matcher(shown.body());
        if (!name.find() || !state.find() || !nonce.find()) {
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
        fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        fields.put("primefaces.nonce", nonce.group(1));
        String boundary = "----MotCuaTest" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((key, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/" + page))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            String path = reply.uri().getPath().replaceFirst("^/motcua", "");
            String query = reply.uri().getQuery();
            return new Answer(reply.statusCode(), query == null ? path : path + "?" + query, reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
