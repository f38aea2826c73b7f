package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.PauseKind;
import vn.motcua.dossier.intake.boundary.CounterRefusals;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.lookup.boundary.PublicLookup;
import vn.motcua.dossier.printing.boundary.DossierForms;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.workflow.boundary.DossierPauses;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * Interconnected procedures and fees against the real container and database: the current step transferred to
 * another agency (same code, the new agency assigns and works it, the old one may no longer act but still sees it);
 * a fee asked for during processing stops the clock until the counter records the payment; the counter refuses with
 * form 03 kept; forms 02 and 04 are kept at the moment of their action; the result goes by the delivery method
 * chosen at receipt (by post: a tracking number).
 */
@ExtendWith(ArquillianExtension.class)
class DossierFlowIT {

    /** Demo data: procedure 1 (no fees) and 2 (one fee), appraisal by division 111, decided by 110; counter 200. */
    private static final long BULLETIN = 1L;

    private static final long WITH_FEE = 2L;
    /** Procedure 4 (printing activity licence): its admin-defined form has five required answers. */
    private static final long PRINTING = 4L;

    private static final long COUNTER = 200L;
    private static final long AGENCY = 110L;
    /** Sở Lao động - Thương binh và Xã hội: the cooperating agency of the transfer. */
    private static final long OTHER = 120L;
    /** Payment method "Tiền mặt tại quầy". */
    private static final long CASH = 31L;
    /** Delivery method "Qua dịch vụ bưu chính công ích". */
    private static final long BY_POST = 22L;
    /** Delivery method "Nhận bản điện tử trực tuyến". */
    private static final long ELECTRONIC = 23L;
    /** Complete answers to the form of {@link #PRINTING}. */
    private static final Map<String, Object> PRINTING_ANSWERS = Map.of(
            "printingHouse", "Công ty In Thái Hòa",
            "products", "Sách, báo",
            "kind", "Doanh nghiệp",
            "machines", 4,
            "workers", 25);

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierPauses pauses;

    @Inject
    DossierReception reception;

    @Inject
    CounterRefusals refusals;

    @Inject
    DossierForms forms;

    @Inject
    PublicLookup lookup;

    @Inject
    TestOfficers officers;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void theCurrentStepIsTransferredToAnotherAgencyAndTheDossierKeepsItsCode() {
        long id = received(BULLETIN, "079201000501");
        String code = em.find(Dossier.class, id).getCode();
        long processor = officerId("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        signIn("truongphong.flow", "DIVISION_HEAD", AGENCY);
        assertThatThrownBy(() -> workflow.transfer(id, version(id), OTHER, null))
                .as("not before someone works the step")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.action.notAllowed");
        workflow.assign(id, version(id), processor, "Thẩm định");

        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        assertThatThrownBy(() -> workflow.transfer(id, version(id), 111L, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.flow.transfer.sameAgency");
        assertThatThrownBy(() -> workflow.transfer(id, version(id), 999_999L, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.flow.transfer.agencyRequired");
        Dossier transferred = workflow.transfer(id, version(id), OTHER, "Đề nghị Sở LĐTBXH cho ý kiến");
        assertThat(transferred.getCode()).isEqualTo(code);
        assertThat(transferred.getCurrentAgency().getId()).isEqualTo(OTHER);
        assertThat(transferred.getAgencyIds()).contains(AGENCY, 111L, OTHER);
        assertThat(transferred.getState()).isEqualTo(DossierState.RECEIVED);
        assertThat(transferred.getAssignee()).isNull();
        assertThat(transferred.getStepPosition())
                .as("the same step, done elsewhere")
                .isEqualTo(1);

        signIn("truongphong.flow", "DIVISION_HEAD", AGENCY);
        assertThatThrownBy(() -> workflow.assign(id, version(id), processor, null))
                .as("the dossier is not the first agency's to work any more")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.notYours");

        long there = officerId("chuyenvien.flow.ldtbxh", "PROCESSING_OFFICER", OTHER);
        signIn("truongphong.flow.ldtbxh", "DIVISION_HEAD", OTHER);
        assertThat(workflow.assign(id, version(id), there, "Cho ý kiến").getState())
                .isEqualTo(DossierState.IN_PROCESS);
        signIn("chuyenvien.flow.ldtbxh", "PROCESSING_OFFICER", OTHER);
        Dossier back = workflow.forward(id, version(id), null, "Thống nhất");
        assertThat(back.getState()).isEqualTo(DossierState.PENDING_APPROVAL);
        assertThat(back.getCurrentAgency().getId())
                .as("approval at the deciding agency")
                .isEqualTo(AGENCY);

        List<HandOver> sheet = em.find(Dossier.class, id).getHandOvers();
        assertThat(sheet)
                .extracting(HandOver::getAction)
                .containsExactly(
                        HandOverAction.RECEIVE,
                        HandOverAction.ASSIGN,
                        HandOverAction.TRANSFER,
                        HandOverAction.ASSIGN,
                        HandOverAction.FORWARD);
        HandOver transfer = sheet.get(2);
        assertThat(transfer.getFromAgency().getId()).isEqualTo(111L);
        assertThat(transfer.getToAgency().getId()).isEqualTo(OTHER);
        assertThat(transfer.getStepName()).isEqualTo("Thẩm định, xử lý hồ sơ");
        assertThat(transfer.getComment()).isEqualTo("Đề nghị Sở LĐTBXH cho ý kiến");
    }

    @Test
    void aFeeAskedForStopsTheClockUntilTheCounterRecordsThePayment() {
        long id = received(WITH_FEE, "079201000502");
        long processor = officerId("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        signIn("truongphong.flow", "DIVISION_HEAD", AGENCY);
        workflow.assign(id, version(id), processor, null);

        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        assertThatThrownBy(() -> pauses.requestFee(id, version(id), " "))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.flow.fee.reasonRequired");
        Dossier waiting = pauses.requestFee(id, version(id), "Đề nghị nộp phí thẩm định");
        assertThat(waiting.getState()).isEqualTo(DossierState.FEE_REQUESTED);
        assertThat(waiting.getPausedAt()).isNotNull();
        assertThat(waiting.getPauses()).singleElement().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(PauseKind.FEE);
            assertThat(p.getMissing()).contains("Phí thẩm định nội dung tài liệu không kinh doanh");
        });
        var dueBefore = waiting.getDueAt();
        assertThatThrownBy(() -> workflow.forward(id, version(id), null, null))
                .as("nothing moves while the clock stands still")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.action.notAllowed");

        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        assertThatThrownBy(() -> pauses.feePaid(id, version(id), 1L, "BL-1"))
                .as("not a payment method")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.counter.fee.methodRequired");
        Dossier paid = pauses.feePaid(id, version(id), CASH, "BL-0001234");
        assertThat(paid.getState()).isEqualTo(DossierState.IN_PROCESS);
        assertThat(paid.getPausedAt()).isNull();
        assertThat(paid.getDueAt()).as("the clock stood still while waiting").isAfterOrEqualTo(dueBefore);
        assertThat(paid.getPauses()).singleElement().satisfies(p -> assertThat(p.getResumedAt())
                .isNotNull());
        assertThat(paid.getFees()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isPaid()).isTrue();
            assertThat(f.getReceiptNumber()).isEqualTo("BL-0001234");
            assertThat(f.getPaymentMethod().getId()).isEqualTo(CASH);
        });

        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        assertThatThrownBy(() -> pauses.requestFee(id, version(id), "Lần nữa"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.flow.fee.nothingDue");
        workflow.forward(id, version(id), null, "Đủ điều kiện");

        List<HandOver> sheet = em.find(Dossier.class, id).getHandOvers();
        assertThat(sheet)
                .extracting(HandOver::getAction)
                .containsExactly(
                        HandOverAction.RECEIVE,
                        HandOverAction.ASSIGN,
                        HandOverAction.REQUEST_FEE,
                        HandOverAction.FEE_PAID,
                        HandOverAction.FORWARD);
        assertThat(sheet.get(3).getComment()).contains("Tiền mặt tại quầy", "BL-0001234");
        assertThat(em.find(Dossier.class, id).getFees())
                .extracting(DossierFee::isPaid)
                .containsOnly(true);
    }

    @Test
    void theCounterFormIsCheckedOnTheServerAndABadOneSavesNothing() {
        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        long before = dossierCount();
        var answers = new java.util.HashMap<String, Object>(Map.of(
                "printingHouse", "Công ty In Thái Hòa",
                "products", "Sách, báo",
                "kind", "Doanh nghiệp",
                "machines", 4));
        assertThatThrownBy(() -> workflow.receive(request(PRINTING, "079201000511", answers)))
                .as("a required answer left out (a posted form is not trusted)")
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.online.form.required");
                    assertThat(e.arguments()).containsExactly("Số lao động");
                });
        answers.put("workers", 25);
        answers.put("kind", "Công ty nước ngoài");
        assertThatThrownBy(() -> workflow.receive(request(PRINTING, "079201000511", answers)))
                .as("an answer outside the field's choices")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.online.form.invalid"));
        assertThat(dossierCount()).as("nothing half-saved").isEqualTo(before);

        answers.put("kind", "Doanh nghiệp");
        answers.put("notAField", "chèn thêm");
        long id = workflow.receive(request(PRINTING, "079201000511", answers)).getId();
        String stored = em.find(Dossier.class, id).getFormData();
        assertThat(stored).contains("\"workers\":25", "Công ty In Thái Hòa").doesNotContain("notAField");
    }

    @Test
    void theCounterRefusesWithReasonsAndKeepsForm03() throws Exception {
        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        long before = dossierCount();
        var request = request(PRINTING, "079201000521", PRINTING_ANSWERS);
        assertThatThrownBy(() -> refusals.refuse(request, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.counter.refuse.reasonRequired"));
        assertThat(dossierCount()).as("nothing half-saved").isEqualTo(before);

        Dossier refused = refusals.refuse(request, "Không thuộc thẩm quyền của Sở\nĐề nghị nộp tại UBND xã");
        assertThat(refused.getState()).isEqualTo(DossierState.NOT_ACCEPTED);
        assertThat(refused.getCode()).matches("000\\.00\\.12\\.H99-\\d{6}-\\d{4}");
        assertThat(refused.getReceivedAt()).as("never received: no clock").isNull();
        assertThat(refused.getClosedAt()).isNotNull();
        assertThat(refusals.refuse(request, "Lần nữa").getId())
                .as("the same form refused twice is one refusal")
                .isEqualTo(refused.getId());

        Dossier stored = em.find(Dossier.class, refused.getId());
        assertThat(stored.getHandOvers()).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(HandOverAction.NOT_ACCEPT);
            assertThat(h.getFromState()).isNull();
            assertThat(h.getComment()).startsWith("Không thuộc thẩm quyền");
        });
        DossierFile form03 = stored.getFiles().stream()
                .filter(f -> f.getFormKind() == FormKind.REFUSAL)
                .findFirst()
                .orElseThrow();
        assertThat(form03.getContentType()).isEqualTo("application/pdf");
        assertThat(sha256(forms.print(refused.getId(), FormKind.REFUSAL)))
                .as("printing form 03 again gives the copy kept at the refusal")
                .isEqualTo(form03.getSha256());
    }

    @Test
    void formsTwoAndFourAreKeptAndTheResultGoesByTheDeliveryChosenAtReceipt() {
        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        long id = reception
                .receive(new DossierReception.CounterReceipt(
                        request(PRINTING, "079201000522", PRINTING_ANSWERS), List.of(), List.of(), null, BY_POST))
                .id();
        assertThat(em.find(Dossier.class, id).getDelivery().isByPost()).isTrue();
        assertThatThrownBy(() -> reception.receive(new DossierReception.CounterReceipt(
                        request(PRINTING, "079201000523", PRINTING_ANSWERS), List.of(), List.of(), null, CASH)))
                .as("a payment method is no delivery method")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.counter.delivery.unknown"));

        long processor = officerId("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        signIn("truongphong.flow", "DIVISION_HEAD", AGENCY);
        workflow.assign(id, version(id), processor, null);
        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        pauses.requestSupplement(id, version(id), "Thiếu bản thảo", "Bản thảo trang đầu\nGiấy xác nhận của cơ quan");
        var due = em.find(Dossier.class, id).getDueAt();
        pauses.extend(id, version(id), due.plusDays(7), "Chờ ý kiến của cơ quan phối hợp");
        assertThat(em.find(Dossier.class, id).getFiles())
                .as("forms 02 and 04 issued at the moment of the action, kept with the dossier")
                .extracting(DossierFile::getFormKind)
                .containsExactlyInAnyOrder(FormKind.SUPPLEMENT_REQUEST, FormKind.APOLOGY);

        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        pauses.supplementReturned(id, version(id), null);
        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        workflow.forward(id, version(id), null, null);
        signIn("lanhdao.flow", "LEADER", AGENCY);
        workflow.approve(id, version(id), null);

        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        assertThatThrownBy(() -> workflow.returnResult(id, version(id), "Phạm Thị Liên Thông", " ", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.return.trackingRequired"));
        assertThatThrownBy(() -> workflow.returnResult(id, version(id), " ", "EA123456789VN", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.return.recipientRequired"));
        Dossier unchanged = em.find(Dossier.class, id);
        assertThat(unchanged.getState()).as("nothing half-saved").isEqualTo(DossierState.RESULT_READY);
        assertThat(unchanged.getDelivery().getTrackingNumber()).isNull();

        Dossier returned = workflow.returnResult(id, version(id), "Phạm Thị Liên Thông", "EA123456789VN", null);
        assertThat(returned.getState()).isEqualTo(DossierState.RETURNED);
        Dossier closed = em.find(Dossier.class, id);
        assertThat(closed.getDelivery().getDeliveredTo()).isEqualTo("Phạm Thị Liên Thông");
        assertThat(closed.getDelivery().getTrackingNumber()).isEqualTo("EA123456789VN");
        assertThat(closed.getHandOvers().get(closed.getHandOvers().size() - 1).getComment())
                .contains("Phạm Thị Liên Thông", "EA123456789VN");
    }

    @Test
    void aProcedureWithoutPluginGetsItsGenericResultAndAnElectronicOneIsDownloadedFromTheLookup() throws Exception {
        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        var receipt = reception.receive(new DossierReception.CounterReceipt(
                request(PRINTING, "079201000524", PRINTING_ANSWERS), List.of(), List.of(), null, ELECTRONIC));
        long id = receipt.id();
        long processor = officerId("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        signIn("truongphong.flow", "DIVISION_HEAD", AGENCY);
        workflow.assign(id, version(id), processor, null);
        signIn("chuyenvien.flow", "PROCESSING_OFFICER", AGENCY);
        workflow.forward(id, version(id), null, null);
        assertThat(lookup.find(receipt.code(), receipt.lookupSecret(), "flow-it")
                        .resultDownloadable())
                .as("nothing to download before approval")
                .isFalse();
        signIn("lanhdao.flow", "LEADER", AGENCY);
        workflow.approve(id, version(id), null);

        Dossier approved = em.find(Dossier.class, id);
        assertThat(approved.getResultNumber())
                .as("numbered in the core's series")
                .matches("\\d+/KQ");
        assertThat(approved.getResultTitle()).isNotBlank();
        assertThat(approved.getResultFile().getContentType()).isEqualTo("application/pdf");

        SecurityUtils.getSubject().logout();
        assertThat(lookup.find(receipt.code(), receipt.lookupSecret(), "flow-it")
                        .resultDownloadable())
                .isTrue();
        var download = lookup.result(receipt.code(), receipt.lookupSecret(), "flow-it");
        assertThat(java.nio.file.Files.readAllBytes(download.path()))
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> lookup.result(receipt.code(), "ZZZZZZ", "flow-it"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.lookup.notFound"));

        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        workflow.returnResult(id, version(id), null, null, null);
        assertThat(em.find(Dossier.class, id).getDelivery().getDeliveredTo())
                .as("electronically: the applicant")
                .isEqualTo("Phạm Thị Liên Thông");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long dossierCount() {
        return em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
    }

    private long received(long procedure, String idNumber) {
        signIn("tiepnhan.flow", "COUNTER_OFFICER", AGENCY);
        return workflow.receive(request(procedure, idNumber)).getId();
    }

    private DossierWorkflow.ReceiveRequest request(long procedure, String idNumber) {
        return request(procedure, idNumber, Map.of());
    }

    private DossierWorkflow.ReceiveRequest request(long procedure, String idNumber, Map<String, Object> answers) {
        var applicant = new Applicant();
        applicant.setIdNumber(idNumber);
        applicant.setName("Phạm Thị Liên Thông");
        applicant.setAddress("12 Lê Lợi, phường Đông Thành");
        applicant.setPhone("0912 345 678");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, procedure);
        List<DossierWorkflow.DocumentTick> ticks = required;
        return new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(), procedure, COUNTER, applicant, ticks, Map.copyOf(answers), null);
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private long officerId(String username, String role, long agency) {
        officers.create(username, role, agency);
        return officers.idOf(username);
    }

    private void signIn(String username, String role, long agency) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
