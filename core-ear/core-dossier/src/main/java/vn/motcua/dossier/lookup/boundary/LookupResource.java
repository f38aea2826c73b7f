package vn.motcua.dossier.lookup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.rest.Problem;
import vn.motcua.platform.security.control.Clients;
import vn.motcua.spi.DomainException;

/**
 * {@code GET /api/v1/lookup?code=…&secret=…}: the public lookup for integrators (a provincial app, the national
 * portal's sync), anonymous like the lookup page and with the same throttle. 200 with the {@link PublicDossier} as
 * JSON (times with their offset, Vietnamese texts next to the codes); 404 for a code and secret that do not belong
 * together (never saying which one is wrong), 400 without both, 429 with {@code Retry-After} after too many failures;
 * errors as {@code application/problem+json}. Nothing is cached on the way.
 *
 * <p>One instance for the application (it keeps nothing of a request; the request comes as a parameter): a
 * request-scoped resource made Weld create and inject a bean, and Jersey bridge its {@code @Context} field, on every
 * call (JFR at a million dossiers: Weld's frames 10 % of the lookup API's samples, Jersey's injection into the CDI
 * bean 3 %; part of the former is the request context every request of the WAR opens).
 */
@Path("v1/lookup")
@ApplicationScoped
public class LookupResource {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * The JSON-P provider, looked up once: each static {@code Json.createXxx} call looks it up again through the
     * service loader (class-loader resource scans), which took half of the lookup API's CPU in a JFR profile.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PublicLookup lookup;

    @Inject
    Clients clients;

    /**
     * The Vietnamese texts of the answer, by message key: a few dozen keys (states, national statuses, hand-over
     * actions), read from the merged bundle once instead of twice and more per answer.
     */
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response lookup(
            @QueryParam("code") String code, @QueryParam("secret") String secret, @Context HttpServletRequest request) {
        try {
            PublicDossier dossier = lookup.find(code, secret, clients.keyOf(request));
            return Response.ok(json(dossier).toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (DomainException e) {
            return switch (e.messageKey()) {
                case PublicLookup.INCOMPLETE -> Problem.of(Response.Status.BAD_REQUEST, e.messageKey())
                        .build();
                case PublicLookup.THROTTLED -> Problem.of(
                                Response.Status.TOO_MANY_REQUESTS, e.messageKey(), e.arguments())
                        .header("Retry-After", Long.parseLong(e.arguments()[0].toString()) * 60)
                        .build();
                default -> Problem.of(Response.Status.NOT_FOUND, PublicLookup.NOT_FOUND)
                        .build();
            };
        }
    }

    /** The JSON answer for a dossier (the shape documented in the module README). */
    public static JsonObject json(PublicDossier d) {
        var timeline = JSON.createArrayBuilder();
        d.timeline()
                .forEach(e -> timeline.add(object().add("at", time(e.at()))
                        .add("action", e.action().name())
                        .add(
                                "actionText",
                                text("dossier.lookup.action." + e.action().name()))
                        .add("step", nullable(e.step()))
                        .add("agency", nullable(e.agency()))
                        .add("toAgency", nullable(e.toAgency()))));
        return object().add("code", d.code())
                .add("procedure", d.procedureName())
                .add("receivingAgency", d.receivingAgency())
                .add("submittedAt", time(d.submittedAt()))
                .add("receivedAt", time(d.receivedAt()))
                .add("dueAt", time(d.dueAt()))
                .add("originalDueAt", time(d.originalDueAt()))
                .add("state", d.state().name())
                .add("stateText", text("dossier.lookup.state." + d.state().name()))
                .add("nationalStatus", d.nationalStatus())
                .add("nationalStatusText", text("dossier.lookup.national." + d.nationalStatus()))
                .add("late", d.late())
                .add("resultReadyAt", time(d.resultReadyAt()))
                .add("returnedAt", time(d.returnedAt()))
                .add("timeline", timeline)
                .build();
    }

    private static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    private static jakarta.json.JsonValue time(LocalDateTime at) {
        return at == null
                ? jakarta.json.JsonValue.NULL
                : JSON.createValue(ISO.format(at.atZone(ZoneId.systemDefault())));
    }

    private static jakarta.json.JsonValue nullable(String text) {
        return text == null ? jakarta.json.JsonValue.NULL : JSON.createValue(text);
    }

    private static String text(String key) {
        return TEXTS.computeIfAbsent(key, k -> Messages.text(VI, k));
    }
}
