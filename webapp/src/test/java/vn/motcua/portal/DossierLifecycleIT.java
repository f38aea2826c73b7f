package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierPauses;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * The dossier lifecycle against the real container and database: the whole way from the counter to the return, each
 * step by a different officer, every hand-over on record; a double submission is one dossier; two officers acting
 * on the same dossier at once resolve to exactly one transition; concurrent receipts get distinct, consecutive codes.
 */
@ExtendWith(ArquillianExtension.class)
class DossierLifecycleIT {

    /** Demo data: procedure 1 (bulletin licence, deciding agency 110), counter 200 of agency 110. */
    private static final long PROCEDURE = 1L;

    private static final long COUNTER = 200L;
    private static final long AGENCY = 110L;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierPauses pauses;

    @Inject
    TestOfficers officers;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/motcua")
    javax.sql.DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aDossierTravelsFromTheCounterToItsReturnWithEveryHandOverOnRecord() {
        signIn("tiepnhan.lc", "COUNTER_OFFICER");
        String token = UUID.randomUUID().toString();
        Dossier received = workflow.receive(request(token, "079201000123"));
        assertThat(received.getCode()).matches("000\\.00\\.12\\.H99-\\d{6}-\\d{4}");
        assertThat(received.getLookupSecret()).hasSize(6);
        assertThat(received.getState()).isEqualTo(DossierState.RECEIVED);
        assertThat(received.getDueAt()).isAfter(received.getReceivedAt());
        assertThat(received.getStepPosition())
                .as("the counter's own step is done at receipt")
                .isEqualTo(1);
        assertThat(workflow.receive(request(token, "079201000123")).getId())
                .as("the same form submitted twice is one dossier")
                .isEqualTo(received.getId());
        long id = received.getId();

        long processor = officerId("chuyenvien.lc", "PROCESSING_OFFICER");
        signIn("truongphong.lc", "DIVISION_HEAD");
        workflow.assign(id, version(id), processor, "Đề nghị thẩm định");

        signIn("chuyenvien.lc", "PROCESSING_OFFICER");
        Dossier waiting = pauses.requestSupplement(
                id, version(id), "Thiếu mẫu trình bày trang đầu", "Mẫu trình bày tên gọi và trang đầu bản tin");
        assertThat(waiting.getState()).isEqualTo(DossierState.SUPPLEMENT_REQUESTED);
        assertThat(em.find(Dossier.class, id).getFiles())
                .as("form 02 issued with the request, kept with the dossier")
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.getFormKind()).isEqualTo(FormKind.SUPPLEMENT_REQUEST);
                    assertThat(f.getContentType()).isEqualTo("application/pdf");
                });
        var dueBefore = waiting.getDueAt();

        signIn("tiepnhan.lc", "COUNTER_OFFICER");
        Dossier resumed = pauses.supplementReturned(id, version(id), "Công dân đã nộp bổ sung");
        assertThat(resumed.getState()).isEqualTo(DossierState.IN_PROCESS);
        assertThat(resumed.getDueAt()).as("the clock stood still while waiting").isAfterOrEqualTo(dueBefore);
        assertThat(resumed.getPauses()).singleElement().satisfies(p -> assertThat(p.getResumedAt())
                .isNotNull());

        signIn("chuyenvien.lc", "PROCESSING_OFFICER");
        assertThat(workflow.forward(id, version(id), null, "Đủ điều kiện cấp phép")
                        .getState())
                .isEqualTo(DossierState.PENDING_APPROVAL);

        signIn("lanhdao.lc", "LEADER");
        assertThat(workflow.approve(id, version(id), "Đồng ý").getState()).isEqualTo(DossierState.RESULT_READY);

        signIn("tiepnhan.lc", "COUNTER_OFFICER");
        Dossier returned = workflow.returnResult(id, version(id), "Nguyễn Văn An", null, "Công dân đã ký nhận");
        assertThat(returned.getState()).isEqualTo(DossierState.RETURNED);

        List<HandOver> sheet = em.find(Dossier.class, id).getHandOvers();
        assertThat(sheet)
                .extracting(HandOver::getAction)
                .containsExactly(
                        HandOverAction.RECEIVE,
                        HandOverAction.ASSIGN,
                        HandOverAction.REQUEST_SUPPLEMENT,
                        HandOverAction.SUPPLEMENT_RETURNED,
                        HandOverAction.FORWARD,
                        HandOverAction.APPROVE,
                        HandOverAction.RETURN);
        assertThat(sheet)
                .filteredOn(h -> h.getAction() == HandOverAction.FORWARD || h.getAction() == HandOverAction.APPROVE)
                .allSatisfy(h -> assertThat(h.getVerdict()).isNotNull());
        assertThat(sheet)
                .extracting(h -> h.getFromOfficer().getUsername())
                .contains("tiepnhan.lc", "truongphong.lc", "chuyenvien.lc", "lanhdao.lc");
    }

    @Test
    void anOfficerCannotActOutsideTheirProcessOrScope() {
        signIn("tiepnhan.lc", "COUNTER_OFFICER");
        Dossier dossier = workflow.receive(request(UUID.randomUUID().toString(), "079201000124"));

        signIn("lanhdao.lc", "LEADER");
        assertThatThrownBy(() -> workflow.approve(dossier.getId(), version(dossier.getId()), null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.action.notAllowed");

        officers.create("truongphong.ldtbxh", "DIVISION_HEAD", 120L);
        signIn("truongphong.ldtbxh", "DIVISION_HEAD");
        long other = officerId("chuyenvien.lc", "PROCESSING_OFFICER");
        assertThatThrownBy(() -> workflow.assign(dossier.getId(), version(dossier.getId()), other, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.notYours");
    }

    @Test
    void twoOfficersAssigningTheSameDossierAtOnceResolveToExactlyOne() throws Exception {
        signIn("tiepnhan.lc", "COUNTER_OFFICER");
        long id = workflow.receive(request(UUID.randomUUID().toString(), "079201000125"))
                .getId();
        long first = officerId("chuyenvien.lc", "PROCESSING_OFFICER");
        long second = officerId("chuyenvien2.lc", "PROCESSING_OFFICER");
        int seen = version(id);

        var securityManager = SecurityUtils.getSecurityManager();
        var barrier = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long officer : List.of(first, second)) {
            String password = officers.create("truongphong" + officer + ".lc", "DIVISION_HEAD", AGENCY);
            String username = "truongphong" + officer + ".lc";
            outcomes.add(executor.submit(() -> {
                Subject head = new Subject.Builder(securityManager).buildSubject();
                head.login(new UsernamePasswordToken(username, password));
                Callable<String> assign = () -> {
                    barrier.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    try {
                        workflow.assign(id, seen, officer, null);
                        return "ok";
                    } catch (ConcurrentChangeException e) {
                        return "concurrent change: " + e.messageKey();
                    } catch (DomainException e) {
                        return e.messageKey();
                    }
                };
                return head.associateWith(assign).call();
            }));
        }
        var results = new ArrayList<String>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }

        assertThat(results).containsExactlyInAnyOrder("ok", "concurrent change: platform.concurrentChange");
        long assignments;
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM hand_over WHERE dossier_id = ? AND action = 'ASSIGN'")) {
            count.setLong(1, id);
            try (var rows = count.executeQuery()) {
                rows.next();
                assignments = rows.getLong(1);
            }
        }
        assertThat(assignments).as("one hand-over written, not two").isEqualTo(1);
        assertThat(version(id)).isEqualTo(seen + 1);
    }

    @Test
    void concurrentReceiptsGetDistinctConsecutiveCodes() throws Exception {
        int receipts = 8;
        var securityManager = SecurityUtils.getSecurityManager();
        var barrier = new CyclicBarrier(receipts);
        List<Future<String>> codes = new ArrayList<>();
        for (int i = 0; i < receipts; i++) {
            String idNumber = String.format("0792010009%02d", i);
            // one officer per thread: a login writes to the officer's row (last login)
            String username = "tiepnhan.song" + i;
            String password = officers.create(username, "COUNTER_OFFICER", AGENCY);
            codes.add(executor.submit(() -> {
                Subject counter = new Subject.Builder(securityManager).buildSubject();
                counter.login(new UsernamePasswordToken(username, password));
                Callable<String> receive = () -> {
                    barrier.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    return workflow.receive(request(UUID.randomUUID().toString(), idNumber))
                            .getCode();
                };
                return counter.associateWith(receive).call();
            }));
        }
        var distinct = new HashSet<String>();
        var sequences = new ArrayList<Integer>();
        for (Future<String> code : codes) {
            String value;
            try {
                value = code.get();
            } catch (ExecutionException e) {
                throw new AssertionError("a concurrent receipt failed", e.getCause());
            }
            distinct.add(value);
            sequences.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
        }
        assertThat(distinct).hasSize(receipts);
        sequences.sort(Integer::compareTo);
        assertThat(sequences.get(receipts - 1) - sequences.get(0))
                .as("consecutive numbers of the day")
                .isEqualTo(receipts - 1);
    }

    private DossierWorkflow.ReceiveRequest request(String token, String idNumber) {
        var applicant = new Applicant();
        applicant.setIdNumber(idNumber);
        applicant.setName("Nguyễn Văn An");
        applicant.setAddress("12 Lê Lợi, phường Đông Thành");
        applicant.setPhone("0912 345 678");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, PROCEDURE);
        List<DossierWorkflow.DocumentTick> ticks = required;
        return new DossierWorkflow.ReceiveRequest(
                token,
                PROCEDURE,
                COUNTER,
                applicant,
                ticks,
                Map.of("publicationName", "Bản tin Thông tin Thái Hòa", "pages", 24),
                null);
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private long officerId(String username, String role) {
        officers.create(username, role, AGENCY);
        return officers.idOf(username);
    }

    private void signIn(String username, String role) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, AGENCY);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
