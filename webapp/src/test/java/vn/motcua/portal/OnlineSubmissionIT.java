package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.intake.boundary.OnlineScans;
import vn.motcua.dossier.intake.boundary.OnlineSubmission;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Application;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Scan;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Submitted;
import vn.motcua.dossier.printing.boundary.DossierForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.worklist.boundary.DossierRow;
import vn.motcua.dossier.worklist.boundary.DossierScans;
import vn.motcua.dossier.worklist.boundary.DossierSearch;
import vn.motcua.dossier.worklist.boundary.Worklist;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.dossier.DossierTransitioned;

/**
 * Online submission against the real container and database, as an anonymous applicant: the dossier is stored
 * submitted, online, with its code at the procedure's deciding agency and the typed {@link DossierTransitioned} with no
 * officer; the same form submitted twice (one after the other, or at the same moment) is one dossier; a program
 * renamed to .pdf is refused; bad input gets its Vietnamese message and a failure leaves nothing behind; an
 * anonymous submission never changes the applicant register. Then the counter: the "to receive" list of the
 * receiving agency only, accepting (clock from acceptance, register updated, form 01) and not accepting (form 03).
 */
@ExtendWith(ArquillianExtension.class)
class OnlineSubmissionIT {

    /**
     * Demo data: procedure 4 (printing activity licence, online level PARTIAL, deciding agency 110, 15 working days,
     * an admin-defined form); no department plugin of the build serves it.
     */
    private static final long PROCEDURE = 4L;

    private static final long AGENCY = 110L;
    private static final long OTHER_AGENCY = 120L; // Sở LĐTBXH: does not perform the procedure
    private static final long COUNTER = 200L;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** The quota key of this test (a new one per test, so the quota of one never limits another, nor a rerun). */
    private final String client = "online-it-" + UUID.randomUUID();

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    OnlineSubmission online;

    @Inject
    OnlineScans onlineScans;

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierSearch search;

    @Inject
    DossierForms forms;

    @Inject
    DossierScans scans;

    @Inject
    DocumentStore store;

    @Inject
    Deadlines deadlines;

    @Inject
    TestOfficers officers;

    @Inject
    TransitionRecorder events;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource
    jakarta.transaction.UserTransaction transaction;

    @BeforeEach
    @AfterEach
    void anonymous() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void anAnonymousSubmissionIsStoredSubmittedOnlineWithItsCodeAndTheTypedEvent() {
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
        String idNumber = idNumber();

        Submitted submitted =
                online.submit(application(UUID.randomUUID().toString(), idNumber, "Lê Thị Trực Tuyến"), client);

        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(submitted.code()).matches("000\\.00\\.12\\.H99-" + today + "-\\d{4}");
        assertThat(submitted.lookupSecret()).matches("[2-9A-HJ-NP-Z]{6}");
        assertThat(submitted.agencyName()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(submitted.repeated()).isFalse();

        Dossier dossier = em.find(Dossier.class, submitted.id());
        assertThat(dossier.getState()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossier.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.getReceivingAgency().getId()).isEqualTo(AGENCY);
        assertThat(dossier.getCurrentAgency().getId()).isEqualTo(AGENCY);
        assertThat(dossier.getCounter()).isNull();
        assertThat(dossier.getSubmittedAt()).isCloseTo(LocalDateTime.now(), within());
        assertThat(dossier.getReceivedAt())
                .as("the clock starts at the counter")
                .isNull();
        assertThat(dossier.getDueAt()).isNull();
        assertThat(dossier.getApplicant().getIdNumber()).isEqualTo(idNumber);
        assertThat(dossier.getDeclared().getName()).isEqualTo("Lê Thị Trực Tuyến");
        assertThat(dossier.getDocuments()).isNotEmpty().allSatisfy(d -> assertThat(d.isReceived())
                .isTrue());
        assertThat(dossier.getFiles()).hasSize(dossier.getDocuments().size()).allSatisfy(f -> {
            assertThat(f.getDocument()).isNotNull();
            assertThat(f.getContentType()).isEqualTo("application/pdf");
            assertThat(f.getUploadedBy()).isNull();
        });
        assertThat(dossier.getFormData()).contains("Công ty In Thái Hòa", "Doanh nghiệp");
        assertThat(dossier.getHandOvers()).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(HandOverAction.SUBMIT);
            assertThat(h.getFromOfficer()).isNull();
            assertThat(h.getToAgency().getId()).isEqualTo(AGENCY);
        });

        assertThat(events.of(submitted.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("SUBMIT");
            assertThat(e.code()).isEqualTo(submitted.code());
            assertThat(e.procedureCode()).isEqualTo("1.004690");
            assertThat(e.fromState()).isNull();
            assertThat(e.toState()).isEqualTo(DossierState.SUBMITTED);
            assertThat(e.nationalStatus()).as("national status 1, Mới đăng ký").isEqualTo(1);
            assertThat(e.officerId()).as("the applicant, no officer").isNull();
        });
    }

    @Test
    void theSameFormSubmittedTwiceOrTwiceAtOnceIsOneDossier() throws Exception {
        String token = UUID.randomUUID().toString();
        Application application = application(token, idNumber(), "Phạm Văn Hai Lần");
        Submitted first = online.submit(application, client);
        Submitted again = online.submit(application, client);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.repeated()).isTrue();
        assertThat(dossiersWithToken(token)).isEqualTo(1);
        assertThat(events.of(first.id())).hasSize(1);

        // Two requests of one form at the same moment (two servers): the unique token lets one in.
        String raced = UUID.randomUUID().toString();
        Application racing = application(raced, idNumber(), "Phạm Văn Cùng Lúc");
        var barrier = new CyclicBarrier(2);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(executor.submit(() -> {
                barrier.await(60, TimeUnit.SECONDS);
                try {
                    return online.submit(racing, client).id();
                } catch (RuntimeException lostTheRace) {
                    // what the page does then: show the dossier of the submission that got in
                    return online.bySubmission(raced).orElseThrow().id();
                }
            }));
        }
        long a = outcomes.get(0).get(60, TimeUnit.SECONDS);
        long b = outcomes.get(1).get(60, TimeUnit.SECONDS);
        assertThat(a).isEqualTo(b);
        assertThat(dossiersWithToken(raced)).isEqualTo(1);
        assertThat(events.of(a)).hasSize(1);
    }

    @Test
    void aProgramRenamedToPdfIsRefusedWithAVietnameseMessage() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertThatThrownBy(() -> onlineScans.hold("ban-quet.pdf", new ByteArrayInputStream(program), client))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.counter.file.type");
                    assertThat(vietnamese(e)).contains("ban-quet.pdf", "không phải bản quét");
                });
        assertThatThrownBy(() -> onlineScans.hold("trong.pdf", new ByteArrayInputStream(new byte[0]), client))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.counter.file.empty"));
    }

    @Test
    void aSubmissionThatFailsLeavesNothingBehindAndTheSameFormCanBeSentAgain() {
        String token = UUID.randomUUID().toString();
        String idNumber = idNumber();
        Application application = application(token, idNumber, "Đỗ Văn Không Nửa Vời");
        // The last scan's bytes are gone by the time of submitting (a failure after the code was drawn).
        Scan lost = application.scans().get(application.scans().size() - 1);
        store.delete(lost.stored().key());
        int eventsBefore = events.count();

        assertThatThrownBy(() -> online.submit(application, client))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.counter.file.lost");
                    assertThat(vietnamese(e)).contains(lost.stored().fileName());
                });
        assertThat(dossiersWithToken(token)).isZero();
        assertThat(applicantsWith(idNumber))
                .as("the new applicant was not kept either")
                .isZero();
        assertThat(events.count()).as("no event for what was rolled back").isEqualTo(eventsBefore);

        List<Scan> replaced = new ArrayList<>(application.scans());
        replaced.set(replaced.size() - 1, new Scan(pdf("thay-the.pdf"), lost.requiredDocumentId()));
        Submitted retried = online.submit(
                new Application(token, PROCEDURE, application.applicant(), application.formData(), replaced), client);
        assertThat(retried.repeated()).isFalse();
        assertThat(dossiersWithToken(token)).isEqualTo(1);
        assertThat(applicantsWith(idNumber)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAClearVietnameseMessageAndNothingIsStored() {
        String idNumber = idNumber();
        Application valid = application(UUID.randomUUID().toString(), idNumber, "Vũ Thị Sai Sót");

        refused(valid, a -> with(a, ApplicantKind.CITIZEN, "07920100012", "Vũ Thị Sai Sót"), "12 chữ số");
        refused(valid, a -> with(a, ApplicantKind.ORGANISATION, idNumber, "Công ty TNHH Sai Sót"), "mã số thuế");
        refused(valid, a -> with(a, ApplicantKind.CITIZEN, idNumber, " "), "họ tên");
        refused(
                valid,
                a -> {
                    var applicant = copy(a.applicant());
                    applicant.setPhone("");
                    return new Application(a.submissionToken(), PROCEDURE, applicant, a.formData(), a.scans());
                },
                "điện thoại");
        refused(
                valid,
                a -> {
                    var applicant = copy(a.applicant());
                    applicant.setEmail("khong-phai-thu");
                    return new Application(a.submissionToken(), PROCEDURE, applicant, a.formData(), a.scans());
                },
                "thư điện tử");
        refused(
                valid,
                a -> new Application(
                        a.submissionToken(),
                        PROCEDURE,
                        a.applicant(),
                        Map.of("products", "Sách, báo", "kind", "Doanh nghiệp"),
                        a.scans()),
                "Tên cơ sở in");
        refused(
                valid,
                a -> new Application(
                        a.submissionToken(),
                        PROCEDURE,
                        a.applicant(),
                        a.formData(),
                        a.scans().subList(1, a.scans().size())),
                "giấy tờ bắt buộc");
        refused(
                valid,
                a -> new Application(a.submissionToken(), 999_999L, a.applicant(), a.formData(), a.scans()),
                "không nhận hồ sơ trực tuyến");
        refused(valid, a -> new Application(" ", PROCEDURE, a.applicant(), a.formData(), a.scans()), "mở lại");
        refused(
                valid,
                a -> new Application(
                        a.submissionToken(), PROCEDURE, a.applicant(), a.formData(), a.scans(), null, OTHER_AGENCY),
                "không thực hiện thủ tục");

        assertThat(applicantsWith(idNumber)).isZero();
        assertThat(dossiersWithToken(valid.submissionToken())).isZero();
    }

    @Test
    void theCounterOfTheReceivingAgencyAcceptsItTheClockStartsAndTheRegisterTakesTheDeclaration() {
        String idNumber = idNumber();
        Submitted earlier = online.submit(application(UUID.randomUUID().toString(), idNumber, "Hoàng Văn Cũ"), client);
        // The same ID number typed with another name: the register keeps the first until an officer checks.
        Submitted later = online.submit(application(UUID.randomUUID().toString(), idNumber, "Hoàng Văn Mới"), client);
        assertThat(registeredName(idNumber)).isEqualTo("Hoàng Văn Cũ");

        long scan = em.find(Dossier.class, later.id()).getFiles().get(0).getId();
        signIn("tiepnhan.gtvt.online", "COUNTER_OFFICER", 130L);
        assertThat(codes(Worklist.TO_RECEIVE, earlier.code(), later.code())).isEmpty();
        assertThatThrownBy(() -> scans.open(later.id(), scan))
                .as("another department's scans stay hidden")
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> workflow.accept(later.id(), version(later.id()), null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.notYours"));

        long officer = signIn("tiepnhan.tttt.online", "COUNTER_OFFICER", AGENCY);
        assertThat(scans.open(later.id(), scan).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> scans.open(earlier.id(), scan))
                .as("a scan asked for under another dossier")
                .isInstanceOf(DomainException.class);
        List<DossierRow> waiting = rows(Worklist.TO_RECEIVE, earlier.code(), later.code());
        assertThat(waiting).extracting(DossierRow::code).contains(earlier.code(), later.code());
        assertThat(waiting)
                .filteredOn(r -> r.code().equals(later.code()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.applicantName()).as("listed as declared").isEqualTo("Hoàng Văn Mới");
                    assertThat(r.submittedAt()).isNotNull();
                    assertThat(r.dueAt()).isNull();
                });
        assertThatThrownBy(() -> workflow.accept(later.id(), version(later.id()), 202L, null))
                .as("a counter of another agency")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.receive.counterRequired"));
        assertThatThrownBy(() -> forms.print(later.id(), FormKind.RECEIPT))
                .as("no receipt before it is received")
                .isInstanceOf(DomainException.class);

        Dossier accepted = workflow.accept(later.id(), version(later.id()), COUNTER, "Hồ sơ đầy đủ");
        assertThat(accepted.getState()).isEqualTo(DossierState.RECEIVED);
        assertThat(accepted.getCode()).as("the code the applicant was given").isEqualTo(later.code());
        assertThat(accepted.getReceivedAt()).isCloseTo(LocalDateTime.now(), within());
        ProcedureVersion version = accepted.getProcedureVersion();
        assertThat(accepted.getDueAt())
                .as("due date from the acceptance, like a counter receipt")
                .isEqualTo(deadlines
                        .dueDates()
                        .deadline(accepted.getReceivedAt(), WorkingDays.of(version.getStatutoryDays()))
                        .due());
        assertThat(accepted.getStepPosition())
                .as("the counter's own step is done")
                .isEqualTo(1);
        assertThat(accepted.getCounter().getId()).isEqualTo(COUNTER);
        assertThat(registeredName(idNumber)).isEqualTo("Hoàng Văn Mới");
        assertThat(em.find(Dossier.class, later.id()).getHandOvers())
                .extracting(HandOver::getAction)
                .containsExactly(HandOverAction.SUBMIT, HandOverAction.RECEIVE);
        assertThat(events.of(later.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("RECEIVE");
            assertThat(e.fromState()).isEqualTo(DossierState.SUBMITTED);
            assertThat(e.nationalStatus()).isEqualTo(2);
            assertThat(e.officerId()).isEqualTo(officer);
        });
        assertThat(forms.print(later.id(), FormKind.RECEIPT)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(codes(Worklist.TO_RECEIVE, earlier.code(), later.code())).containsExactly(earlier.code());

        // The earlier one is not accepted: reasons required, then closed with form 03.
        assertThatThrownBy(() -> workflow.notAccept(earlier.id(), version(earlier.id()), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.online.notAccept.reasonRequired"));
        Dossier refused = workflow.notAccept(
                earlier.id(), version(earlier.id()), "Đã nộp hồ sơ khác cho cùng bản tin\nThiếu chữ ký");
        assertThat(refused.getState()).isEqualTo(DossierState.NOT_ACCEPTED);
        assertThat(refused.getClosedAt()).isNotNull();
        assertThat(refused.getReceivedAt()).isNull();
        assertThat(events.of(earlier.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("NOT_ACCEPT");
            assertThat(e.nationalStatus()).isEqualTo(3);
        });
        assertThat(forms.print(earlier.id(), FormKind.REFUSAL)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> workflow.accept(earlier.id(), version(earlier.id()), null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.action.notAllowed"));
        assertThat(codes(Worklist.TO_RECEIVE, earlier.code())).isEmpty();
    }

    // --- helpers ---

    /** A complete, valid application for procedure 4 with a PDF scan for every document of its version. */
    private Application application(String token, String idNumber, String name) {
        ProcedureVersion version = online.version(PROCEDURE);
        List<Scan> scans = new ArrayList<>();
        for (RequiredDocument document : version.getDocuments()) {
            scans.add(new Scan(pdf("quet-" + document.getPosition() + ".pdf"), document.getId()));
        }
        var applicant = new Applicant();
        applicant.setKind(ApplicantKind.CITIZEN);
        applicant.setIdNumber(idNumber);
        applicant.setName(name);
        applicant.setAddress("Số 8 đường Hùng Vương, phường Đông Thành");
        applicant.setPhone("0905 123 456");
        applicant.setEmail("truc.tuyen@example.vn");
        Map<String, Object> form = Map.of(
                "printingHouse", "Công ty In Thái Hòa",
                "products", "Sách, báo, tạp chí",
                "kind", "Doanh nghiệp",
                "machines", 4,
                "workers", 25);
        return new Application(token, PROCEDURE, applicant, form, scans);
    }

    private DocumentStore.Stored pdf(String name) {
        return onlineScans.hold(name, new ByteArrayInputStream(PDF), client);
    }

    private void refused(Application valid, UnaryOperator<Application> change, String messagePart) {
        Application bad = change.apply(valid);
        assertThatThrownBy(() -> online.submit(bad, client))
                .as(messagePart)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(vietnamese(e)).containsIgnoringCase(messagePart));
    }

    private static Application with(Application a, ApplicantKind kind, String idNumber, String name) {
        var applicant = copy(a.applicant());
        applicant.setKind(kind);
        applicant.setIdNumber(idNumber);
        applicant.setName(name);
        return new Application(a.submissionToken(), PROCEDURE, applicant, a.formData(), a.scans());
    }

    private static Applicant copy(Applicant given) {
        var applicant = new Applicant();
        applicant.setKind(given.getKind());
        applicant.setIdNumber(given.getIdNumber());
        applicant.setName(given.getName());
        applicant.setAddress(given.getAddress());
        applicant.setPhone(given.getPhone());
        applicant.setEmail(given.getEmail());
        return applicant;
    }

    private static String vietnamese(DomainException e) {
        String text = Messages.text(VI, e.messageKey(), e.arguments());
        assertThat(text).as("a sentence, not a key").isNotEqualTo(e.messageKey());
        return text;
    }

    private static String idNumber() {
        return "0792" + String.format("%08d", Math.abs(System.nanoTime()) % 100_000_000);
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.MINUTES);
    }

    private long dossiersWithToken(String token) {
        return counted(() -> em.createQuery("select count(d) from Dossier d where d.submissionToken = :t", Long.class)
                .setParameter("t", token)
                .getSingleResult());
    }

    private long applicantsWith(String idNumber) {
        return counted(() -> em.createQuery("select count(a) from Applicant a where a.idNumber = :n", Long.class)
                .setParameter("n", idNumber)
                .getSingleResult());
    }

    /**
     * A count in a transaction of its own: outside one, the container hands out a non-transactional entity manager
     * that the managed executor's tasks of this test may close when they end.
     */
    private long counted(java.util.function.Supplier<Long> count) {
        try {
            transaction.begin();
            try {
                return count.get();
            } finally {
                transaction.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String registeredName(String idNumber) {
        return em.createQuery("select a.name from Applicant a where a.idNumber = :n", String.class)
                .setParameter("n", idNumber)
                .getSingleResult();
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The lines of a list among these codes (the list may hold older dossiers of earlier runs). */
    private List<DossierRow> rows(Worklist list, String... codes) {
        var rows = new ArrayList<DossierRow>();
        for (String code : codes) {
            rows.addAll(search.page(list, new PageRequest(0, 200, null, true, Map.of("code", code)))
                    .rows());
        }
        return rows;
    }

    private List<String> codes(Worklist list, String... codes) {
        return rows(list, codes).stream().map(DossierRow::code).toList();
    }

    private long signIn(String username, String role, long agency) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
        return officers.idOf(username);
    }

    /**
     * The working calendar is cached per server and kept while its version row stays put: rows another server wrote
     * are not seen until that server's change bumps the row (in the same transaction, as CalendarAdministration
     * does), then they are seen at the next check, at most a second later (figure printed, not asserted).
     */
    @Test
    void aCalendarChangeMadeOnAnotherServerCountsHereOnceItsVersionRowMoves() throws Exception {
        LocalDate day = LocalDate.of(2098, 3, 1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.WEDNESDAY));
        assertThat(deadlines.dueDates().clock().calendar().isWorkingDay(day)).isTrue();
        try {
            // "another server": its rows written behind this server's cache, without the version bump first
            transaction.begin();
            em.createNativeQuery(
                            "INSERT INTO calendar_year (calendar_year, status, version) VALUES (2098, 'PROPOSED', 1)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO calendar_day (calendar_date, calendar_year, kind, name)"
                            + " VALUES (?1, 2098, 'HOLIDAY', 'Ngày nghỉ của máy chủ khác')")
                    .setParameter(1, day)
                    .executeUpdate();
            transaction.commit();
            Thread.sleep(1_200);
            assertThat(deadlines.dueDates().clock().calendar().isWorkingDay(day))
                    .as("the version row did not move: the cached calendar is kept")
                    .isTrue();

            transaction.begin();
            em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE name = 'calendar'")
                    .executeUpdate();
            transaction.commit();
            long bumped = System.nanoTime();
            while (deadlines.dueDates().clock().calendar().isWorkingDay(day)) {
                assertThat(System.nanoTime() - bumped).as("seen within 10 s").isLessThan(10_000_000_000L);
                Thread.sleep(20);
            }
            System.out.printf(
                    "calendar change seen %d ms after the version row moved%n",
                    (System.nanoTime() - bumped) / 1_000_000);
        } finally {
            transaction.begin();
            em.createNativeQuery("DELETE FROM calendar_day WHERE calendar_year = 2098")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM calendar_year WHERE calendar_year = 2098")
                    .executeUpdate();
            em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE name = 'calendar'")
                    .executeUpdate();
            transaction.commit();
        }
        while (!deadlines.dueDates().clock().calendar().isWorkingDay(day)) {
            Thread.sleep(20);
        }
    }
}
