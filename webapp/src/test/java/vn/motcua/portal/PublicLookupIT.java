package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.intake.boundary.OnlineScans;
import vn.motcua.dossier.intake.boundary.OnlineSubmission;
import vn.motcua.dossier.lookup.boundary.LookupResource;
import vn.motcua.dossier.lookup.boundary.PublicDossier;
import vn.motcua.dossier.lookup.boundary.PublicLookup;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.testkit.Deployments;
import vn.motcua.testkit.OwnDeployment;

/**
 * The public lookup for integrators, {@code GET /api/v1/lookup}, called over HTTP without a login: found (JSON with
 * state, national status, appointment and timeline, and nothing personal), a wrong secret and an unknown code (the
 * same neutral 404), the throttle after repeated failures (429, right answers included, other clients unaffected);
 * and in the container, a dossier past its appointment reads as late, and an online submission waiting for the
 * counter is found with no appointment yet.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment("the lookup throttle behind a client address header, with a low failure limit")
class PublicLookupIT {

    /** Demo procedure 1 "Cấp giấy phép xuất bản bản tin" of Sở TTTT (110), received at its counter 200. */
    private static final long BULLETIN = 1L;

    /** Procedure 4 (printing activity licence): submitted online with its admin-defined form, no plugin serves it. */
    private static final long PRINTING = 4L;

    private static final long COUNTER = 200L;
    private static final int MAX_FAILURES = 4;
    /** A client address of this run (TEST-NET-3), sent as X-Forwarded-For: reruns never share a throttle row. */
    private static final long N = System.nanoTime() % 200 + 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class)
                .withClasses(
                        PublicLookupIT.class,
                        FixtureServlet.class,
                        DossierFixtureServlet.class,
                        TestOfficers.class,
                        Receipts.class,
                        TestDossiers.class)
                .withConfig(FixtureServlet.PUBLIC_PATHS)
                .withConfig("motcua.lookup.client-address-header=X-Forwarded-For")
                .withConfig("motcua.lookup.max-failures=" + MAX_FAILURES)
                .build();
    }

    @ArquillianResource
    URL portal;

    @Inject
    PublicLookup lookup;

    @Inject
    TestDossiers dossiers;

    @Inject
    OnlineSubmission online;

    @Inject
    OnlineScans onlineScans;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    @RunAsClient
    void aDossierIsFoundByCodeAndSecretAsJsonWithNothingPersonal() throws Exception {
        String applicant = "Đinh Thị Tra Cứu " + N;
        String[] received = DossierFixtureServlet.dossier(portal, applicant, "0012399" + pad(N), BULLETIN, COUNTER);
        String code = received[1];
        String secret = received[2];

        HttpResponse<String> reply = get(code, " " + secret.toLowerCase() + " ", "203.0.113." + N);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reply.headers().firstValue("Set-Cookie"))
                .as("no session for a lookup")
                .isEmpty();

        JsonNode d = JSON.readTree(reply.body());
        assertThat(d.path("code").asText()).isEqualTo(code);
        assertThat(d.path("procedure").asText()).isEqualTo("Cấp giấy phép xuất bản bản tin");
        assertThat(d.path("receivingAgency").asText()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(d.path("state").asText()).isEqualTo("RECEIVED");
        assertThat(d.path("stateText").asText())
                .isEqualTo("Hồ sơ đã được tiếp nhận và đang chờ phân công người giải quyết.");
        assertThat(d.path("nationalStatus").asInt()).isEqualTo(2);
        assertThat(d.path("nationalStatusText").asText()).isEqualTo("Được tiếp nhận");
        assertThat(d.path("late").asBoolean()).isFalse();
        assertThat(d.path("receivedAt").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
        assertThat(LocalDateTime.parse(d.path("dueAt").asText().substring(0, 19)))
                .isAfter(LocalDateTime.parse(d.path("receivedAt").asText().substring(0, 19)));
        assertThat(d.path("originalDueAt").isNull()).isTrue();
        assertThat(d.path("resultReadyAt").isNull()).isTrue();
        JsonNode first = d.path("timeline").get(0);
        assertThat(first.path("action").asText()).isEqualTo("RECEIVE");
        assertThat(first.path("actionText").asText()).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(first.path("agency").asText()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(reply.body())
                .as("neither the applicant nor the officer who received it")
                .doesNotContain(applicant, "0012399", "Lê Lợi", "0912", "tiepnhan.fixture", "Cán bộ");
    }

    @Test
    @RunAsClient
    void aWrongSecretAndAnUnknownCodeGetTheSameNeutralAnswer() throws Exception {
        String[] received =
                DossierFixtureServlet.dossier(portal, "Đinh Văn Sai Mã " + N, "0012398" + pad(N), BULLETIN, COUNTER);
        String code = received[1];
        String secret = received[2];
        String client = "203.0.113." + (N + 1);
        String wrong = secret.charAt(0) == 'A' ? "B" + secret.substring(1) : "A" + secret.substring(1);

        HttpResponse<String> wrongSecret = get(code, wrong, client);
        HttpResponse<String> unknownCode = get(code.substring(0, code.length() - 4) + "9999", secret, client);
        for (HttpResponse<String> reply : java.util.List.of(wrongSecret, unknownCode)) {
            assertThat(reply.statusCode()).isEqualTo(404);
            assertThat(reply.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(reply.body());
            assertThat(problem.path("status").asInt()).isEqualTo(404);
            assertThat(problem.path("type").asText()).isEqualTo("dossier.lookup.notFound");
            assertThat(problem.path("detail").asText())
                    .startsWith("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập");
        }
        assertThat(wrongSecret.body())
                .as("nothing tells which of the two was wrong")
                .isEqualTo(unknownCode.body());

        HttpResponse<String> incomplete = get(code, "", client);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).path("type").asText()).isEqualTo("dossier.lookup.incomplete");
    }

    @Test
    @RunAsClient
    void aClientThatKeepsGuessingIsRefusedForAWhileAndOthersAreNot() throws Exception {
        String[] received =
                DossierFixtureServlet.dossier(portal, "Đinh Văn Dò Mã " + N, "0012397" + pad(N), BULLETIN, COUNTER);
        String code = received[1];
        String secret = received[2];
        String guesser = "198.51.100." + N;
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(get(code, "ZZZZ" + i, guesser).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> refused = get(code, secret, guesser);
        assertThat(refused.statusCode())
                .as("the right secret too, once over the limit")
                .isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(60L, 15 * 60L));
        assertThat(JSON.readTree(refused.body()).path("detail").asText())
                .startsWith("Bạn đã tra cứu không đúng quá nhiều lần");
        // An IPv6 guesser cannot escape by changing the last 64 bits.
        String net = "2001:db8:" + Long.toHexString(N) + ":1::";
        for (int i = 0; i < MAX_FAILURES; i++) {
            get(code, "ZZZZ" + i, net + Integer.toHexString(i + 1));
        }
        assertThat(get(code, secret, net + "abcd").statusCode()).isEqualTo(429);

        assertThat(get(code, secret, "192.0.2." + N).statusCode())
                .as("another client")
                .isEqualTo(200);
    }

    @Test
    void aDossierPastItsAppointmentIsLateAndExtendedShowsBothDates() throws Exception {
        TestDossiers.Received received =
                dossiers.receiveAsCounter("Đinh Văn Trễ Hạn " + N, "0012396" + pad(N), BULLETIN, COUNTER);
        String client = "in-container-" + N;
        PublicDossier onTime = lookup.find(received.code(), received.secret(), client);
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.state()).isEqualTo(DossierState.RECEIVED);
        assertThat(onTime.nationalStatus()).isEqualTo(2);
        assertThat(onTime.timeline()).extracting(PublicDossier.Event::action).containsExactly(HandOverAction.RECEIVE);

        transaction.begin();
        Dossier d = em.find(Dossier.class, received.id());
        d.setDueAt(LocalDateTime.now().minusHours(2));
        transaction.commit();
        em.clear();

        PublicDossier late = lookup.find(received.code(), received.secret(), client);
        assertThat(late.late()).isTrue();
        assertThat(late.originalDueAt())
                .as("the first appointment is shown next to the one now")
                .isEqualTo(onTime.dueAt());

        assertThatThrownBy(() -> lookup.find(received.code(), null, client))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(PublicLookup.INCOMPLETE);
    }

    @Test
    void everyHandOverIsShownInOrderWithItsAgencyAndOnlyTheDossiersOwn() throws Exception {
        TestDossiers.Received received =
                dossiers.receiveAsCounter("Đinh Văn Nhiều Bước " + N, "0012394" + pad(N), BULLETIN, COUNTER);
        TestDossiers.Received other =
                dossiers.receiveAsCounter("Đinh Văn Hồ Sơ Khác " + N, "0012393" + pad(N), BULLETIN, COUNTER);
        long agency = dossiers.agencyOfCounter(COUNTER);
        dossiers.assign(received.id(), agency, "truongphong.lookup." + N, "chuyenvien.lookup." + N, true);

        // What the hand-over rows say, read as entities in their order.
        transaction.begin();
        List<HandOverAction> stored = em.createQuery(
                        "select h.action from HandOver h where h.dossier.id = :id order by h.position",
                        HandOverAction.class)
                .setParameter("id", received.id())
                .getResultList();
        transaction.commit();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(3).startsWith(HandOverAction.RECEIVE);

        // Read with the dossier in one statement (one row per hand-over): the same rows, in order, once each.
        PublicDossier found = lookup.find(received.code(), received.secret(), "in-container-steps-" + N);
        assertThat(found.code()).isEqualTo(received.code());
        assertThat(found.timeline()).extracting(PublicDossier.Event::action).containsExactlyElementsOf(stored);
        assertThat(found.timeline()).allSatisfy(e -> {
            assertThat(e.at()).isNotNull();
            assertThat(e.agency()).isNotBlank();
            assertThat(e.toAgency()).as("only another agency").isNotEqualTo(e.agency());
        });
        assertThat(lookup.find(other.code(), other.secret(), "in-container-steps-" + N)
                        .timeline())
                .extracting(PublicDossier.Event::action)
                .containsExactly(HandOverAction.RECEIVE);

        assertThatThrownBy(() -> lookup.find(received.code(), other.secret(), "in-container-steps-" + N))
                .as("another dossier's secret")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(PublicLookup.NOT_FOUND);
    }

    @Test
    void anOnlineSubmissionWaitingForTheCounterIsFoundWithoutAnAppointment() {
        ProcedureVersion version = online.version(PRINTING);
        List<OnlineSubmission.Scan> scans = new ArrayList<>();
        for (RequiredDocument document : version.getDocuments()) {
            scans.add(new OnlineSubmission.Scan(
                    onlineScans.hold("quet.pdf", new ByteArrayInputStream(PDF), "in-container-online-" + N),
                    document.getId()));
        }
        var applicant = new Applicant();
        applicant.setKind(ApplicantKind.CITIZEN);
        applicant.setIdNumber("0012395" + pad(N));
        applicant.setName("Đinh Thị Nộp Mạng " + N);
        applicant.setAddress("Số 8 đường Hùng Vương");
        applicant.setPhone("0905 123 456");
        Map<String, Object> form = Map.of(
                "printingHouse", "Công ty In Thái Hòa",
                "products", "Sách, báo, tạp chí",
                "kind", "Doanh nghiệp",
                "machines", 4,
                "workers", 25);
        OnlineSubmission.Submitted submitted = online.submit(
                new OnlineSubmission.Application(UUID.randomUUID().toString(), PRINTING, applicant, form, scans),
                "in-container-online-" + N);

        PublicDossier found = lookup.find(submitted.code(), submitted.lookupSecret(), "in-container-online-" + N);
        assertThat(found.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(found.nationalStatus()).isEqualTo(1);
        assertThat(found.submittedAt()).isNotNull();
        assertThat(found.receivedAt()).as("not received yet").isNull();
        assertThat(found.dueAt()).as("the clock starts at the counter").isNull();
        assertThat(found.late()).isFalse();
        assertThat(found.receivingAgency()).isEqualTo(submitted.agencyName());
        assertThat(found.timeline()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(HandOverAction.SUBMIT);
            assertThat(e.agency()).isEqualTo(submitted.agencyName());
        });
        assertThat(LookupResource.json(found).toString())
                .contains("\"state\":\"SUBMITTED\"", "\"nationalStatusText\":\"Mới đăng ký\"", "\"dueAt\":null")
                .doesNotContain("Đinh Thị Nộp Mạng");
    }

    private HttpResponse<String> get(String code, String secret, String clientAddress) throws Exception {
        var uri = URI.create(portal.toExternalForm().replaceAll("/$", "") + "/api/v1/lookup?code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("X-Forwarded-For", "10.9.9.9, " + clientAddress)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String pad(long n) {
        return String.format("%05d", n);
    }
}
