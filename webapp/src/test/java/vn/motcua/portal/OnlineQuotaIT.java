package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.OnlineUsage;
import vn.motcua.dossier.intake.boundary.OnlineScans;
import vn.motcua.dossier.intake.boundary.OnlineSubmission;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Application;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Scan;
import vn.motcua.dossier.intake.boundary.OnlineSubmission.Submitted;
import vn.motcua.dossier.intake.control.OnlineQuota;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.spi.DomainException;
import vn.motcua.testkit.Deployments;
import vn.motcua.testkit.OwnDeployment;

/**
 * The per-client quota of the anonymous online submission, with low limits of its own deployment (1 MB and 2 dossiers
 * an hour): uploads up to the limit pass, the one that would go over is refused with its message and leaves no bytes
 * in the store, and a client with nothing left is refused before anything is written; submissions up to the count
 * pass (a failed one counts nothing), the next is refused and saves nothing, while the same form sent again still
 * finds its dossier; another client is unaffected; concurrent uploads of one client never pass the limit together;
 * a window that ended starts again from nothing and its row is swept. Client keys are unique to the run, so reruns
 * never share a row.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment("low online quotas (motcua.online.max-*-per-hour) that the other tests would run into")
class OnlineQuotaIT {

    private static final int MEGABYTES_PER_HOUR = 1;
    private static final long LIMIT = MEGABYTES_PER_HOUR * 1024L * 1024L;
    private static final int SUBMISSIONS_PER_HOUR = 2;

    /** Procedure 4 (printing activity licence): online, an admin-defined form, no plugin. */
    private static final long PROCEDURE = 4L;

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class)
                .withClasses(OnlineQuotaIT.class)
                .withConfig("motcua.online.max-upload-megabytes-per-hour=" + MEGABYTES_PER_HOUR)
                .withConfig("motcua.online.max-submissions-per-hour=" + SUBMISSIONS_PER_HOUR)
                .build();
    }

    @Inject
    OnlineSubmission online;

    @Inject
    OnlineScans onlineScans;

    @Inject
    OnlineQuota quota;

    @Inject
    DocumentStore store;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    private final String run = UUID.randomUUID().toString().substring(24);

    @BeforeEach
    void anonymous() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void uploadsUpToTheLimitPassAndTheOneThatWouldGoOverIsRefusedAndNotKept() throws Exception {
        String client = client("uploads");
        Set<Path> before = storedFiles();
        List<DocumentStore.Stored> held = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            held.add(onlineScans.hold("trang-" + i + ".pdf", pdf(300_000), client));
        }

        assertThatThrownBy(() -> onlineScans.hold("trang-4.pdf", pdf(300_000), client))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(OnlineQuota.UPLOADS);
                    assertThat(text("vi", e))
                            .contains("trang-4.pdf", "chưa được lưu", "tối đa 1 MB mỗi giờ", "thử lại sau")
                            .containsPattern("sau (60|59) phút");
                    assertThat(text("en", e)).contains("trang-4.pdf", "at most 1 MB per hour", "try again");
                });
        assertThat(added(before)).as("the refused upload left no bytes").isEqualTo(keys(held));
        assertThat(usage(client).getUploadedBytes()).isEqualTo(900_000);

        // The size the browser declares is checked before a byte is read.
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("an upload refused by its declared size is never read");
            }
        };
        assertThatThrownBy(() -> onlineScans.hold("trang-4b.pdf", unread, 300_000, client))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(OnlineQuota.UPLOADS));
        assertThat(added(before)).isEqualTo(keys(held));

        // What is left still fits, to the byte; then nothing is left and nothing is even written.
        held.add(onlineScans.hold("trang-5.pdf", pdf((int) (LIMIT - 900_000)), client));
        assertThat(usage(client).getUploadedBytes()).isEqualTo(LIMIT);
        assertThatThrownBy(() -> onlineScans.hold("nho.pdf", pdf(PDF.length), client))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(OnlineQuota.UPLOADS));
        assertThat(added(before)).isEqualTo(keys(held));
        assertThat(held).allSatisfy(s -> assertThat(store.locate(s.key())).isRegularFile());

        // Taking a scan back gives nothing back (else uploading and removing would be free).
        onlineScans.release(held.get(0).key());
        assertThatThrownBy(() -> onlineScans.hold("lai.pdf", pdf(PDF.length), client))
                .isInstanceOf(DomainException.class);

        DocumentStore.Stored other = onlineScans.hold("khac.pdf", pdf(300_000), client("uploads-other"));
        assertThat(store.locate(other.key())).as("another client is unaffected").isRegularFile();
    }

    @Test
    void submissionsUpToTheCountPassTheNextIsRefusedAndNothingIsSaved() {
        String client = client("submissions");
        Application incomplete = application(client, "Trần Văn Thiếu Giấy");
        assertThatThrownBy(() -> online.submit(
                        new Application(
                                incomplete.submissionToken(),
                                PROCEDURE,
                                incomplete.applicant(),
                                incomplete.formData(),
                                List.of()),
                        client))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.online.missingScans"));

        Application firstForm = application(client, "Trần Văn Một");
        Submitted first = online.submit(firstForm, client);
        Submitted second = online.submit(application(client, "Trần Văn Hai"), client);
        assertThat(List.of(first, second)).noneMatch(Submitted::repeated);
        assertThat(usage(client).getSubmissions())
                .as("the failed submission counted nothing")
                .isEqualTo(SUBMISSIONS_PER_HOUR);

        Application third = application(client, "Trần Văn Ba");
        long dossiersBefore = dossiers();
        assertThatThrownBy(() -> online.submit(third, client)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(OnlineQuota.SUBMISSIONS);
            assertThat(text("vi", e))
                    .contains("Hồ sơ chưa được nộp", "tối đa 2 hồ sơ mỗi giờ", "thử lại sau")
                    .containsPattern("sau (60|59) phút");
            assertThat(text("en", e)).contains("not submitted", "at most 2 per hour", "try again");
        });
        assertThat(dossiers()).as("nothing saved").isEqualTo(dossiersBefore);
        assertThat(dossiersWithToken(third.submissionToken())).isZero();
        assertThat(applicantsWith(third.applicant().getIdNumber())).isZero();
        assertThat(usage(client).getSubmissions()).isEqualTo(SUBMISSIONS_PER_HOUR);

        Submitted again = online.submit(firstForm, client);
        assertThat(again.repeated())
                .as("the same form sent again finds its dossier")
                .isTrue();
        assertThat(again.id()).isEqualTo(first.id());

        String other = client("submissions-other");
        Application elsewhere = application(other, "Lý Thị Khác");
        assertThat(online.submit(elsewhere, other).repeated())
                .as("another client is unaffected")
                .isFalse();
        assertThat(dossiersWithToken(elsewhere.submissionToken())).isEqualTo(1);
    }

    @Test
    void concurrentUploadsOfOneClientNeverPassTheLimitTogether() throws Exception {
        String client = client("concurrent"); // no row yet: the first use races too
        Set<Path> before = storedFiles();
        int threads = 6;
        var barrier = new CyclicBarrier(threads);
        List<Future<DocumentStore.Stored>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "cung-luc-" + i + ".pdf";
            outcomes.add(executor.submit(() -> {
                barrier.await(60, TimeUnit.SECONDS);
                try {
                    return onlineScans.hold(name, pdf(250_000), client);
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isEqualTo(OnlineQuota.UPLOADS);
                    return null;
                }
            }));
        }
        List<DocumentStore.Stored> held = new ArrayList<>();
        for (var outcome : outcomes) {
            DocumentStore.Stored stored = outcome.get(120, TimeUnit.SECONDS);
            if (stored != null) {
                held.add(stored);
            }
        }
        assertThat(held).as("4 × 250 000 bytes fit in 1 MB, a fifth does not").hasSize(4);
        assertThat(usage(client).getUploadedBytes()).isEqualTo(1_000_000);
        assertThat(added(before)).isEqualTo(keys(held));

        // The counting alone, with no file to write first: the first use of a client races more tightly.
        String counted = client("counted");
        var start = new CyclicBarrier(threads);
        List<Future<Boolean>> counts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            counts.add(executor.submit(() -> {
                start.await(60, TimeUnit.SECONDS);
                try {
                    quota.countUpload(counted, "dem.pdf", 250_000, LocalDateTime.now());
                    return true;
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isEqualTo(OnlineQuota.UPLOADS);
                    return false;
                }
            }));
        }
        int passed = 0;
        for (var count : counts) {
            passed += count.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(4);
        assertThat(usage(counted).getUploadedBytes()).isEqualTo(1_000_000);
    }

    @Test
    void aWindowThatEndedStartsAgainFromNothingAndItsRowIsSwept() {
        LocalDateTime now = LocalDateTime.now();
        String restarted = client("restarted");
        quota.countUpload(restarted, "cu.pdf", LIMIT, now.minusMinutes(90));
        assertThat(usage(restarted).getUploadedBytes()).isEqualTo(LIMIT);
        quota.countUpload(restarted, "moi.pdf", 1000, now);
        assertThat(usage(restarted).getUploadedBytes()).isEqualTo(1000);
        assertThat(usage(restarted).getWindowStart()).isCloseTo(now, within(1, ChronoUnit.SECONDS));

        String ended = client("ended");
        quota.countUpload(ended, "cu.pdf", 1000, now.minusMinutes(61));
        quota.sweep(now);
        assertThat(em.find(OnlineUsage.class, ended)).as("its window has ended").isNull();
        assertThat(usage(restarted).getUploadedBytes())
                .as("a window open now is kept")
                .isEqualTo(1000);
    }

    // --- helpers ---

    private String client(String name) {
        return "quota-it-" + name + "-" + run;
    }

    /** A file Tika reads as PDF, of exactly {@code size} bytes. */
    private static ByteArrayInputStream pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) '\n');
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return new ByteArrayInputStream(content);
    }

    /** A complete application for procedure 4, its scans uploaded by the same client. */
    private Application application(String client, String name) {
        ProcedureVersion version = online.version(PROCEDURE);
        List<Scan> scans = new ArrayList<>();
        for (RequiredDocument document : version.getDocuments()) {
            scans.add(new Scan(onlineScans.hold("quet.pdf", pdf(PDF.length), client), document.getId()));
        }
        var applicant = new Applicant();
        applicant.setKind(ApplicantKind.CITIZEN);
        applicant.setIdNumber("0793" + String.format("%08d", Math.abs(System.nanoTime()) % 100_000_000));
        applicant.setName(name);
        applicant.setAddress("Số 8 đường Hùng Vương, phường Đông Thành");
        applicant.setPhone("0905 123 456");
        Map<String, Object> form = Map.of(
                "printingHouse", "Công ty In Thái Hòa",
                "products", "Sách, báo, tạp chí",
                "kind", "Doanh nghiệp",
                "machines", 4,
                "workers", 25);
        return new Application(UUID.randomUUID().toString(), PROCEDURE, applicant, form, scans);
    }

    private OnlineUsage usage(String client) {
        OnlineUsage usage = em.find(OnlineUsage.class, client);
        assertThat(usage).as("the quota row of " + client).isNotNull();
        return usage;
    }

    private static String text(String language, DomainException e) {
        String text = Messages.text(Locale.forLanguageTag(language), e.messageKey(), e.arguments());
        assertThat(text).as("a sentence, not a key").isNotEqualTo(e.messageKey());
        return text;
    }

    /** Every file in the document store (the root is three levels above a key's file: yyyy/MM/uuid). */
    private Set<Path> storedFiles() throws IOException {
        Path root = store.locate("2000/01/00000000-0000-0000-0000-000000000000")
                .getParent()
                .getParent()
                .getParent();
        if (!Files.isDirectory(root)) {
            return new HashSet<>();
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private Set<Path> added(Set<Path> before) throws IOException {
        Set<Path> now = storedFiles();
        now.removeAll(before);
        return now;
    }

    private Set<Path> keys(List<DocumentStore.Stored> held) {
        return held.stream().map(s -> store.locate(s.key())).collect(Collectors.toSet());
    }

    private long dossiers() {
        return em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
    }

    private long dossiersWithToken(String token) {
        return em.createQuery("select count(d) from Dossier d where d.submissionToken = :t", Long.class)
                .setParameter("t", token)
                .getSingleResult();
    }

    private long applicantsWith(String idNumber) {
        return em.createQuery("select count(a) from Applicant a where a.idNumber = :n", Long.class)
                .setParameter("n", idNumber)
                .getSingleResult();
    }
}
