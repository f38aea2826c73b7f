package vn.motcua.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.LicensingProcedures;
import vn.motcua.plugins.licensing.licence.boundary.LicenceRegistry;
import vn.motcua.plugins.licensing.licence.boundary.LicencesByMonth;
import vn.motcua.plugins.licensing.licence.boundary.RegistryFilter;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceRevocation;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.plugins.licensing.licence.entity.LicensingApplication;
import vn.motcua.plugins.licensing.licence.entity.Periodicity;
import vn.motcua.portal.Receipts;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.portal.TestOfficers;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryExport;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The licensing plugin in the real container, through the core's facades: licences numbered without gaps or
 * duplicates when leaders approve at the same moment; an amendment replaces a licence (the old one AMENDED, the new
 * one numbered with the same expiry) and a second amendment of it is stopped; a revocation dossier ends a licence
 * with a numbered decision; the registry and its export keep to the officer's agencies; the monthly report counts
 * it all. The plugin is enabled for Sở TTTT for each test and disabled after, so other tests see the demo catalog.
 */
@ExtendWith(ArquillianExtension.class)
class LicensingIT {

    private static final long TTTT = 110L;
    private static final long GTVT = 130L;
    private static final long COUNTER = 200L;
    private static final long SERVICE_CENTRE = 102L; // demo: its desk 204 receives on behalf of the departments
    private static final long SERVICE_CENTRE_DESK = 204L;
    private static final long BINH_MINH = 500L; // a commune, whose desk 207 receives for the commune only
    private static final long BINH_MINH_DESK = 207L;
    private static final String N = String.format("%05d", System.nanoTime() % 100_000);

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    PluginSwitches switches;

    @Inject
    DossierReception reception;

    @Inject
    DossierWorkflow workflow;

    @Inject
    LicenceRegistry registry;

    @Inject
    LicencesByMonth report;

    @Inject
    TestOfficers officers;

    @Inject
    Registries registries;

    @Inject
    OfficerContext officer;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void enableForTheDepartment() {
        signIn("quantri.lic", "ADMIN", 100L);
        switches.enable(LicensingPlugin.ID, TTTT);
        SecurityUtils.getSubject().logout();
    }

    @AfterEach
    void disableAgain() {
        signIn("quantri.lic", "ADMIN", 100L);
        switches.disable(LicensingPlugin.ID, TTTT);
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aBulletinLicenceIsValidatedCheckedNumberedAndRegistered() {
        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        LicensingApplication noPages = bulletin("Bản tin Không Trang " + N);
        noPages.getPublication().setPages(0);
        long before = count("select count(d) from Dossier d");
        assertThatThrownBy(() -> receive(LicensingProcedures.BULLETIN, holder(1), noPages))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).contains("Số trang phải lớn hơn 0."));
        LicensingApplication oneOff = bulletin("Bản tin Một Lần " + N);
        oneOff.getPublication().setPeriodicity(Periodicity.ONE_OFF);
        assertThatThrownBy(() -> receive(LicensingProcedures.BULLETIN, holder(1), oneOff))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.periodicity.bulletinPeriodic");
        assertThat(count("select count(d) from Dossier d"))
                .as("refused receipts save nothing")
                .isEqualTo(before);

        long id = receive(LicensingProcedures.BULLETIN, holder(1), bulletin("Bản tin Hội Nông dân " + N));
        Dossier approved = approve(process(id));

        assertThat(approved.getState()).isEqualTo(DossierState.RESULT_READY);
        assertThat(approved.getResultNumber()).matches("[0-9]+/GP-STTTT");
        assertThat(approved.getResultTitle()).isEqualTo("Giấy phép xuất bản bản tin");
        assertThat(approved.getResultFile().getContentType()).isEqualTo("application/pdf");
        Licence licence = licenceOf(id);
        LocalDate today = LocalDate.now();
        assertThat(licence.getNumber()).isEqualTo(approved.getResultNumber());
        assertThat(licence.getAgencyId()).isEqualTo(TTTT);
        assertThat(licence.getIssuedOn()).isEqualTo(today);
        assertThat(licence.getExpiresOn()).isEqualTo(today.plusYears(5).minusDays(1));
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.VALID);
        assertThat(licence.getHolderIdNumber()).isEqualTo(holder(1));
        assertThat(licence.getPublication().getPublicationName()).isEqualTo("Bản tin Hội Nông dân " + N);
        assertThat(licence.getDossierCode()).isEqualTo(approved.getCode());
    }

    @Test
    void theServiceCentreDeskReceivesALicenceOnBehalfOfTheDepartmentAndACommuneDeskDoesNot() {
        // The plugin is enabled for Sở TTTT only; the service centre's desk receives on the department's behalf.
        signIn("tiepnhan.ttpvhcc.lic", "COUNTER_OFFICER", SERVICE_CENTRE);
        assertThat(reception.proceduresInForce())
                .extracting(DossierReception.ProcedureChoice::nationalCode)
                .contains(LicensingProcedures.BULLETIN);
        long id = receive(
                LicensingProcedures.BULLETIN, holder(40), bulletin("Bản tin Trung tâm " + N), SERVICE_CENTRE_DESK);
        Dossier received = em.find(Dossier.class, id);
        assertThat(received.getReceivingAgency().getId()).isEqualTo(SERVICE_CENTRE);
        assertThat(received.getCode()).as("the receiving agency's identifier").startsWith("000.00.02.H99-");
        assertThat(received.getDecidingAgency().getId()).isEqualTo(TTTT);
        assertThat(em.createQuery("select a.agencyId from LicensingApplication a where a.dossierId = :d", Long.class)
                        .setParameter("d", id)
                        .getSingleResult())
                .as("the plugin kept its details for the department")
                .isEqualTo(TTTT);

        // A commune's desk does not receive for the department: the procedure is neither offered nor received.
        signIn("tiepnhan.binhminh.lic", "COUNTER_OFFICER", BINH_MINH);
        assertThat(reception.proceduresInForce())
                .extracting(DossierReception.ProcedureChoice::nationalCode)
                .doesNotContain(LicensingProcedures.BULLETIN);
        long before = count("select count(d) from Dossier d");
        assertThatThrownBy(() ->
                        receive(LicensingProcedures.BULLETIN, holder(41), bulletin("Bản tin Xã " + N), BINH_MINH_DESK))
                .isInstanceOf(DomainException.class);
        assertThat(count("select count(d) from Dossier d")).isEqualTo(before);
    }

    @Test
    void leadersApprovingAtTheSameMomentGetDistinctConsecutiveLicenceNumbers() throws Exception {
        int approvals = 6;
        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < approvals; i++) {
            ids.add(receive(
                    LicensingProcedures.NON_COMMERCIAL, holder(10 + i), nonCommercial("Kỷ yếu " + i + " - " + N)));
        }
        var ready = new ArrayList<Long>();
        for (long id : ids) {
            process(id);
            ready.add(id);
        }
        var securityManager = SecurityUtils.getSecurityManager();
        var barrier = new CyclicBarrier(approvals);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            long id = ready.get(i);
            String username = "lanhdao.lic.song" + i; // one login per officer and thread
            String password = officers.create(username, "LEADER", TTTT);
            int version = version(id);
            numbers.add(executor.submit(() -> {
                Subject leader = new Subject.Builder(securityManager).buildSubject();
                leader.login(new UsernamePasswordToken(username, password));
                Callable<String> approve = () -> {
                    barrier.await(60, TimeUnit.SECONDS);
                    return workflow.approve(id, version, "Đồng ý").getResultNumber();
                };
                return leader.associateWith(approve).call();
            }));
        }
        var distinct = new HashSet<String>();
        var sequences = new ArrayList<Integer>();
        for (Future<String> number : numbers) {
            String value;
            try {
                value = number.get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError("a concurrent approval failed", e.getCause());
            }
            assertThat(value).matches("[0-9]+/GP-STTTT");
            distinct.add(value);
            sequences.add(Integer.parseInt(value.substring(0, value.indexOf('/'))));
        }
        assertThat(distinct).hasSize(approvals);
        sequences.sort(Integer::compareTo);
        assertThat(sequences.get(approvals - 1) - sequences.get(0))
                .as("consecutive numbers of the year")
                .isEqualTo(approvals - 1);
        signIn("lanhdao.lic", "LEADER", TTTT);
        assertThat(count("select count(l) from LicensingLicence l where l.agencyId = " + TTTT + " and l.issueYear = "
                        + LocalDate.now().getYear() + " and l.number in ('" + String.join("','", distinct) + "')"))
                .as("each number once in the registry")
                .isEqualTo(approvals);
    }

    @Test
    void anAmendmentReplacesTheLicenceAndARevocationDossierEndsTheAmendedOne() {
        signIn("lanhdao.lic", "LEADER", TTTT);
        long[] reportBefore = reportOfThisMonth();

        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        String holder = holder(2);
        long first = receive(LicensingProcedures.BULLETIN, holder, bulletin("Bản tin Đoàn Thanh niên " + N));
        Licence original = licenceOf(approve(process(first)).getId());
        int year = original.getIssueYear();

        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        assertThatThrownBy(() ->
                        receive(LicensingProcedures.AMENDMENT, holder(3), amendment(original.getNumber(), year, 32)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.otherHolder");
        assertThatThrownBy(() -> receive(LicensingProcedures.AMENDMENT, holder, amendment("99999/GP-STTTT", year, 32)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.notFound");
        LicensingApplication unnamed = amendment("", null, 32);
        assertThatThrownBy(() -> receive(LicensingProcedures.AMENDMENT, holder, unnamed))
                .extracting(e -> ((DomainException) e).arguments()[0])
                .isEqualTo("Vui lòng nhập số và năm cấp của giấy phép đề nghị sửa đổi, bổ sung.");

        // Two amendments of one licence are received (both valid at the counter); the first approved wins.
        long amend = receive(
                LicensingProcedures.AMENDMENT,
                holder,
                amendment(String.valueOf(original.getSequenceNumber()), year, 32));
        long late = receive(LicensingProcedures.AMENDMENT, holder, amendment(original.getNumber(), year, 40));
        assign(late);
        Dossier amended = approve(process(amend));
        assertThat(amended.getResultNumber()).matches("[0-9]+/GP-STTTT").isNotEqualTo(original.getNumber());
        assertThat(amended.getResultTitle()).isEqualTo("Giấy phép xuất bản bản tin (sửa đổi, bổ sung)");
        Licence replacement = licenceOf(amend);
        em.clear();
        Licence old = em.find(Licence.class, original.getId());
        assertThat(old.getStatus()).isEqualTo(LicenceStatus.AMENDED);
        assertThat(old.getStatusChangedOn()).isEqualTo(LocalDate.now());
        assertThat(replacement.getAmendsLicenceId()).isEqualTo(original.getId());
        assertThat(replacement.getExpiresOn()).as("same term").isEqualTo(original.getExpiresOn());
        assertThat(replacement.getPublication().getPages()).isEqualTo(32);

        signIn("chuyenvien.lic", "PROCESSING_OFFICER", TTTT);
        assertThatThrownBy(() -> workflow.forward(late, version(late), null, "Đủ điều kiện"))
                .as("the step guard stops the second amendment before approval")
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.amended");
        assertThat(em.find(Dossier.class, late).getState()).isEqualTo(DossierState.IN_PROCESS);

        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        assertThatThrownBy(() ->
                        receive(LicensingProcedures.REVOCATION, holder(4), revocation(original.getNumber(), year)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.amended");
        long revoke = receive(LicensingProcedures.REVOCATION, holder(4), revocation(replacement.getNumber(), year));
        Dossier decided = approve(process(revoke));
        assertThat(decided.getResultNumber()).matches("[0-9]+/QĐ-STTTT");
        assertThat(decided.getResultTitle()).isEqualTo("Quyết định thu hồi giấy phép xuất bản bản tin");
        em.clear();
        assertThat(em.find(Licence.class, replacement.getId()).getStatus()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(em.createQuery("select r from LicensingRevocation r where r.dossierId = :d", LicenceRevocation.class)
                        .setParameter("d", revoke)
                        .getSingleResult()
                        .getDecisionNumber())
                .isEqualTo(decided.getResultNumber());

        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        assertThatThrownBy(() ->
                        receive(LicensingProcedures.AMENDMENT, holder, amendment(replacement.getNumber(), year, 48)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.revoked");

        signIn("lanhdao.lic", "LEADER", TTTT);
        long[] reportAfter = reportOfThisMonth();
        assertThat(new long[] {
                    reportAfter[0] - reportBefore[0], reportAfter[1] - reportBefore[1], reportAfter[2] - reportBefore[2]
                })
                .as("issued, amended, revoked this month by this test")
                .containsExactly(1, 1, 1);
    }

    @Test
    void theRegistryAndItsExportKeepToTheOfficersAgencies() throws Exception {
        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        String publication = "Bản tin Phạm vi " + N;
        long id = receive(LicensingProcedures.BULLETIN, holder(5), bulletin(publication));
        String number = approve(process(id)).getResultNumber();

        signIn("lanhdao.lic", "LEADER", TTTT);
        var byPublication = new RegistryFilter();
        byPublication.setPublication("phạm vi " + N);
        assertThat(registry.page(byPublication, 0, 20, null, true).rows())
                .extracting(Licence::getNumber)
                .containsExactly(number);
        byPublication.setPublication("BAN TIN PHAM VI " + N);
        assertThat(registry.page(byPublication, 0, 20, null, true).total())
                .as("the name typed without diacritics")
                .isEqualTo(1);
        byPublication.setPublication("phạm vi " + N);
        var byHolderAndStatus = new RegistryFilter();
        byHolderAndStatus.setHolder(holder(5));
        byHolderAndStatus.setStatus(LicenceStatus.VALID);
        assertThat(registry.page(byHolderAndStatus, 0, 20, "number", false).total())
                .isEqualTo(1);
        byHolderAndStatus.setStatus(LicenceStatus.REVOKED);
        assertThat(registry.page(byHolderAndStatus, 0, 20, null, true).total()).isZero();
        var expiringSoon = new RegistryFilter();
        expiringSoon.setPublication(publication);
        expiringSoon.setExpiringWithinDays(30);
        assertThat(registry.page(expiringSoon, 0, 20, null, true).total())
                .as("five years away")
                .isZero();
        expiringSoon.setExpiringWithinDays(5 * 366);
        assertThat(registry.page(expiringSoon, 0, 20, null, true).total()).isEqualTo(1);
        assertThat(registry.find(number, LocalDate.now().getYear())).isPresent();

        var out = new ByteArrayOutputStream();
        registry.export(byPublication, key -> key, out);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(publication);
        }

        // Another department's leader (who holds the permission) sees none of Sở TTTT's licences.
        signIn("lanhdao.gtvt.lic", "LEADER", GTVT);
        assertThat(registry.page(new RegistryFilter(), 0, 20, null, true).total())
                .isZero();
        assertThat(registry.find(number, LocalDate.now().getYear())).isEmpty();
        var theirs = new ByteArrayOutputStream();
        registry.export(new RegistryFilter(), key -> key, theirs);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(theirs.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum())
                    .as("headings only")
                    .isZero();
        }

        // A counter officer may look licences up but not export them.
        signIn("tiepnhan.lic", "COUNTER_OFFICER", TTTT);
        assertThat(registry.page(byPublication, 0, 20, null, true).total()).isEqualTo(1);
        assertThatThrownBy(() -> registry.export(byPublication, key -> key, new ByteArrayOutputStream()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void theCoresRegistryExportStreamsThousandsOfRowsPageByPageWithinTheScope() throws Exception {
        // Agencies × agencies × agencies: thousands of cheap rows, the first agency the one the scope applies to.
        var query = RegistryQuery.select(Object[].class, "a.id, b.id, c.id", "Agency a, Agency b, Agency c")
                .scopedBy("a.id")
                .identifiedBy("a.id")
                .orderedBy("a.id", "b.id", "c.id");
        var sheet = RegistrySheet.<Object[]>named("Ba cơ quan")
                .numbered("STT")
                .number("Cơ quan", r -> r[0])
                .number("Cơ quan 2", r -> r[1])
                .number("Cơ quan 3", r -> r[2]);

        signIn("lanhdao.lic", "LEADER", TTTT);
        long rows = registries.count(query);
        assertThat(rows).as("more than two pages of the export").isGreaterThan(2L * Registries.EXPORT_PAGE_SIZE);
        var scope = officer.agencyIdsInScope();
        assertThat(scope).contains(TTTT).doesNotContain(GTVT);
        assertThat(registries.page(query, 0, 200, null, true).rows())
                .hasSize(200)
                .allSatisfy(r ->
                        assertThat(scope).as("Sở TTTT and its divisions only").contains((Long) r[0]));
        var out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        RegistryExport written = registries.export(query, sheet, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(written.rows()).isEqualTo(rows);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var s = workbook.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo((int) rows);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Cơ quan");
            assertThat(s.getRow((int) rows).getCell(0).getNumericCellValue()).isEqualTo(rows);
        }
        System.out.printf("registry export: %d rows in %d ms, %d bytes%n", rows, millis, out.size());

        long perAgency = rows / scope.size(); // every agency × every agency, for each agency of the scope
        signIn("lanhdao.gtvt.lic", "LEADER", GTVT);
        var otherScope = officer.agencyIdsInScope();
        assertThat(otherScope).contains(GTVT).doesNotContain(TTTT);
        assertThat(registries.count(query))
                .as("another department's scope: its own agencies' rows only")
                .isEqualTo(otherScope.size() * perAgency);
        assertThat(registries.page(query, 0, 200, null, true).rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(otherScope).contains((Long) r[0]));
    }

    private long[] reportOfThisMonth() {
        LocalDate today = LocalDate.now();
        ReportTable table = report.run(new ReportParameters(today.withDayOfMonth(1), today, java.util.Set.of(TTTT)));
        List<Object> row = table.rows().get(table.rows().size() - 1);
        assertThat(row.get(0)).isEqualTo(String.format("%02d/%d", today.getMonthValue(), today.getYear()));
        return new long[] {(Long) row.get(1), (Long) row.get(2), (Long) row.get(3)};
    }

    // --- the workflow, each step by its officer ---

    private long receive(String procedureCode, String holderId, java.io.Serializable details) {
        return receive(procedureCode, holderId, details, COUNTER);
    }

    private long receive(String procedureCode, String holderId, java.io.Serializable details, long counter) {
        long procedureId = em.createQuery("select p.id from Procedure p where p.nationalCode = :c", Long.class)
                .setParameter("c", procedureCode)
                .getSingleResult();
        var applicant = new Applicant();
        applicant.setIdNumber(holderId);
        applicant.setName("Hội Nhà báo " + holderId);
        applicant.setAddress("12 Trần Hưng Đạo, phường Đông Thành");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, procedureId);
        var request = new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(), procedureId, counter, applicant, required, Map.of(), null);
        return reception
                .receive(new DossierReception.CounterReceipt(request, List.of(), List.of(), details))
                .id();
    }

    private void assign(long id) {
        long processor = officerId("chuyenvien.lic", "PROCESSING_OFFICER");
        signIn("truongphong.lic", "DIVISION_HEAD", TTTT);
        workflow.assign(id, version(id), processor, "Đề nghị thẩm định");
    }

    /** Assigned, appraised and forwarded to the leader. */
    private long process(long id) {
        assign(id);
        signIn("chuyenvien.lic", "PROCESSING_OFFICER", TTTT);
        workflow.forward(id, version(id), null, "Đủ điều kiện");
        return id;
    }

    private Dossier approve(long id) {
        signIn("lanhdao.lic", "LEADER", TTTT);
        return workflow.approve(id, version(id), "Đồng ý");
    }

    private Licence licenceOf(long dossierId) {
        return em.createQuery("select l from LicensingLicence l where l.dossierId = :d", Licence.class)
                .setParameter("d", dossierId)
                .getSingleResult();
    }

    // --- the forms as the counter fills them ---

    private static LicensingApplication bulletin(String name) {
        var details = new LicensingApplication(LicensingProcedures.BULLETIN);
        fill(details, name, Periodicity.MONTHLY, 24);
        return details;
    }

    private static LicensingApplication nonCommercial(String name) {
        var details = new LicensingApplication(LicensingProcedures.NON_COMMERCIAL);
        fill(details, name, Periodicity.ONE_OFF, 120);
        return details;
    }

    private static LicensingApplication amendment(String number, Integer year, int pages) {
        var details = new LicensingApplication(LicensingProcedures.AMENDMENT);
        fill(details, "Bản tin Đoàn Thanh niên " + N, Periodicity.MONTHLY, pages);
        details.setAmendedNumber(number);
        details.setAmendedYear(year);
        details.setChanges("Tăng số trang lên " + pages);
        return details;
    }

    private static LicenceRevocation revocation(String number, int year) {
        var details = new LicenceRevocation();
        details.setLicenceNumber(number);
        details.setLicenceYear(year);
        details.setReason("Xuất bản không đúng tôn chỉ, mục đích ghi trong giấy phép");
        return details;
    }

    private static void fill(LicensingApplication details, String name, Periodicity periodicity, int pages) {
        var p = details.getPublication();
        p.setPublicationName(name);
        p.setPurpose("Thông tin hoạt động của hội tới hội viên");
        p.setPeriodicity(periodicity);
        p.setPages(pages);
        p.setCopies(500);
        p.setLanguages("Tiếng Việt");
        p.setPrintingHouseName("Công ty In Thái Hòa");
        p.setPrintingHouseAddress("5 Lê Lợi, phường Đông Thành");
        p.setResponsiblePerson("Nguyễn Văn Bình");
    }

    /** A 10-digit tax code, distinct per run and per holder of the run. */
    private static String holder(int which) {
        return "01" + N + String.format("%03d", which);
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private long officerId(String username, String role) {
        officers.create(username, role, TTTT);
        return officers.idOf(username);
    }

    private void signIn(String username, String role, long agencyId) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agencyId);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
