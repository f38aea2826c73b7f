package vn.motcua.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.motcua.platform.i18n.Messages;

/**
 * An error answer of the REST API in the shape of RFC 9457 ({@code application/problem+json}): the HTTP status, a
 * short title and a sentence for a person (Vietnamese, from the message bundle), and the message key for programs.
 *
 * @param type the message key, e.g. {@code dossier.lookup.notFound}; stable, for integrators' code
 * @param title the HTTP reason phrase
 * @param status the HTTP status code
 * @param detail what went wrong, in Vietnamese
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A response with this status and the message of the key as detail. */
    public static Response.ResponseBuilder of(Response.Status status, String key, Object... arguments) {
        var problem =
                new Problem(key, status.getReasonPhrase(), status.getStatusCode(), Messages.text(VI, key, arguments));
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(problem.toJson().toString());
    }

    /** This problem as a JSON object (written with JSON-P: the shape never depends on a binding's defaults). */
    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build();
    }
}
