package vn.motcua.portal.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
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
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.platform.text.PluginSearchColumns;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.VehicleType;
import vn.motcua.plugins.vehicle.badge.entity.BadgeApplication;
import vn.motcua.plugins.vehicle.licence.boundary.HealthCertificateUpdate;
import vn.motcua.plugins.vehicle.licence.boundary.LicenceHandler;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.numbering.control.Series;
import vn.motcua.plugins.vehicle.registry.boundary.Registry;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.plugins.vehicle.report.IssuedReport;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.portal.TestOfficers;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The vehicle-registration plugin inside Payara, through the core's own workflow and database: its migrations ran
 * from their own history; concurrent approvals never share a number; a licence exchange refused at the counter
 * saves nothing, a good one goes assign → forward → approve and comes out numbered, in the registry and the report;
 * the step handler vetoes forwarding once the health certificate has lapsed, until a new one is recorded; a taxi
 * badge is numbered and found by its plate however typed; a department's registry is its own. The plugin is enabled for the department for each test and disabled after, so
 * other test classes find the demo province as it was.
 */
@ExtendWith(ArquillianExtension.class)
class VehicleRegistrationIT {

    /** Demo data: procedure 9 = 1.002804 (licence exchange), counter 202 of the Department of Transport (130). */
    private static final long EXCHANGE = 9L;

    /** Demo data: procedure 11 = 1.002861 (transport badge). */
    private static final long BADGE = 11L;

    private static final long COUNTER = 202L;
    private static final long GTVT = 130L;
    private static final long TTTT = 110L;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    VehicleFixtures fixtures;

    @Inject
    TestOfficers officers;

    @Inject
    PluginRegistry plugins;

    @Inject
    PluginSearchColumns searchColumns;

    @Inject
    PluginSwitches switches;

    @Inject
    DossierReception reception;

    @Inject
    DossierWorkflow workflow;

    @Inject
    LicenceHandler licences;

    @Inject
    HealthCertificateUpdate health;

    @Inject
    Registry registry;

    @Inject
    IssuedReport report;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @BeforeEach
    void enableForTheDepartment() {
        signIn("quantri.vr", "ADMIN", 100L);
        switches.enable(VehicleRegistrationPlugin.ID, GTVT);
        SecurityUtils.getSubject().logout();
    }

    @AfterEach
    void disableAgain() {
        signIn("quantri.vr", "ADMIN", 100L);
        switches.disable(VehicleRegistrationPlugin.ID, GTVT);
        SecurityUtils.getSubject().logout();
    }

    @Test
    void thePluginIsInstalledAndItsTablesCameFromItsOwnMigrationHistory() throws Exception {
        assertThat(plugins.installed()).extracting(p -> p.id()).contains(VehicleRegistrationPlugin.ID);
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT \"script\" FROM \"flyway_history_vehicle_registration\""
                                + " WHERE \"success\" = TRUE")) {
            var scripts = new ArrayList<String>();
            while (rs.next()) {
                scripts.add(rs.getString(1));
            }
            assertThat(scripts).contains("V1__vehicle_registration.sql");
        }
    }

    @Test
    void concurrentApprovalsNeverShareANumberAndLeaveNoGap() throws Exception {
        int threads = 6;
        int each = 5;
        int year = 2100 + (int) (System.nanoTime() % 800); // a year nobody else numbers in
        var barrier = new CyclicBarrier(threads);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(executor.submit(() -> {
                barrier.await(); // all start together, before the year's counter row exists
                var mine = new ArrayList<Integer>();
                for (int i = 0; i < each; i++) {
                    mine.add(fixtures.nextNumber(GTVT, Series.LICENCE, year));
                }
                return mine;
            }));
        }
        var all = new ArrayList<Integer>();
        for (Future<List<Integer>> f : futures) {
            all.addAll(f.get());
        }
        assertThat(all)
                .hasSize(threads * each)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(fixtures.nextNumber(GTVT, Series.BADGE, year))
                .as("each series counts alone")
                .isEqualTo(1);
        assertThat(fixtures.nextNumber(120L, Series.LICENCE, year))
                .as("each agency counts alone")
                .isEqualTo(1);
    }

    @Test
    void anExchangeRefusedAtTheCounterSavesNothingAndAGoodOneComesOutNumberedInTheRegistryAndTheReport()
            throws Exception {
        signIn("tiepnhan.vr", "COUNTER_OFFICER", GTVT);
        long before = fixtures.dossiers();
        var stale = b2Licence(LocalDate.now().minusMonths(6).minusDays(1));
        assertThatThrownBy(() -> receive("0010850" + suffix(5), stale))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.tooOld"));
        var badNumber = b2Licence(LocalDate.now());
        badNumber.setLicenceNumber("79012345");
        assertThatThrownBy(() -> receive("0010850" + suffix(5), badNumber))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.plugin.invalid");
                    assertThat(e.arguments()).containsExactly("Số giấy phép lái xe gồm đúng 12 chữ số.");
                });
        assertThat(fixtures.dossiers()).as("a refused receipt saves nothing").isEqualTo(before);

        long id = receive("0010850" + suffix(5), b2Licence(LocalDate.now().minusDays(3)))
                .id();
        assertThat(licences.details(id))
                .hasValueSatisfying(d -> assertThat(d.getLicenceClass()).isEqualTo("B2"));
        assertThat(fixtures.dossiers()).isEqualTo(before + 1);

        toApproval(id);
        signIn("lanhdao.vr", "LEADER", GTVT);
        Dossier approved = workflow.approve(id, fixtures.version(id), "Đồng ý đổi");
        LocalDate today = LocalDate.now();
        assertThat(approved.getState()).isEqualTo(DossierState.RESULT_READY);
        assertThat(approved.getResultNumber()).matches("99" + String.format("%02d", today.getYear() % 100) + "\\d{8}");
        assertThat(approved.getResultTitle()).isEqualTo("Giấy phép lái xe");
        assertThat(approved.getResultFile().getContentType()).isEqualTo("application/pdf");
        assertThat(approved.getResultFile().getFileName())
                .isEqualTo("giay-phep-lai-xe-" + approved.getResultNumber() + ".pdf");

        IssuedLicence issued = licences.issued(id).orElseThrow();
        assertThat(issued.getLicenceNumber()).isEqualTo(approved.getResultNumber());
        assertThat(issued.getLicenceClass()).isEqualTo("C1");
        assertThat(issued.getPreviousNumber()).isEqualTo("790123456789");
        assertThat(issued.getExpiresOn()).isEqualTo(today.plusYears(10));
        assertThat(issued.getAgencyId()).isEqualTo(GTVT);
        assertThat(issued.getHolderName()).isEqualTo("Trần Văn Đổi");

        var search = new RegistrySearch();
        search.setNumber(issued.getLicenceNumber());
        assertThat(registry.licences(search, 0, 20, null, true).rows())
                .extracting(IssuedLicence::getDossierId)
                .containsExactly(id);
        search.setNumber("79012345");
        assertThat(registry.licences(search, 0, 200, null, true).rows())
                .as("found by the number of the licence it replaced")
                .extracting(IssuedLicence::getDossierId)
                .contains(id);
        search.setNumber(issued.getLicenceNumber());
        search.setHolder("TRAN VAN DOI");
        assertThat(registry.licences(search, 0, 20, null, true).total())
                .as("the holder typed without diacritics")
                .isEqualTo(1);
        try (Connection c = dataSource.getConnection();
                var blank =
                        c.prepareStatement("update vehicle_registration_licence set search_text = null where id = ?")) {
            blank.setLong(1, issued.getId());
            blank.executeUpdate();
        }
        assertThat(registry.licences(search, 0, 20, null, true).total())
                .as("a row written before the column")
                .isZero();
        assertThat(searchColumns.fillEmpty()).isPositive();
        assertThat(registry.licences(search, 0, 20, null, true).total())
                .as("filled by the core's back-fill")
                .isEqualTo(1);
        search.setHolder(null);
        var excel = new ByteArrayOutputStream();
        assertThat(registry.exportLicences(search, excel)).isEqualTo(1);
        assertThat(excel.toByteArray()).startsWith((byte) 'P', (byte) 'K'); // an .xlsx is a zip

        ReportTable table = report.run(new ReportParameters(today, today, Set.of(GTVT)));
        assertThat(table.rows())
                .anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly("Giấy phép lái xe", "Hạng C1"));
        assertThat((Long) table.totals().get(2)).as("exchanged").isPositive();
        assertThat(report.run(new ReportParameters(today, today, Set.of(TTTT))).rows())
                .as("another department's report does not count it")
                .isEmpty();

        signIn("lanhdao.tttt.vr", "LEADER", TTTT);
        assertThat(registry.licences(search, 0, 20, null, true).total())
                .as("another department's leader never sees it")
                .isZero();
        assertThat(registry.exportLicences(search, new ByteArrayOutputStream()))
                .as("nor exports it")
                .isZero();
    }

    @Test
    void theStepHandlerVetoesForwardingOnceTheHealthCertificateHasLapsedUntilANewOneIsRecorded() {
        signIn("tiepnhan.vr", "COUNTER_OFFICER", GTVT);
        long id = receive("0011900" + suffix(5), b2Licence(LocalDate.now().minusMonths(5)))
                .id();
        assign(id);
        fixtures.healthCertificateDated(id, LocalDate.now().minusMonths(6).minusDays(1)); // weeks pass

        signIn("chuyenvien.vr", "PROCESSING_OFFICER", GTVT);
        assertThatThrownBy(() -> workflow.forward(id, fixtures.version(id), null, "Đủ điều kiện"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.expiredInProcess"));
        assertThat(stateOf(id)).as("the dossier stays where it was").isEqualTo(DossierState.IN_PROCESS);

        assertThatThrownBy(() -> health.record(id, LocalDate.now().minusMonths(7)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.tooOld"));
        health.record(id, LocalDate.now().minusDays(1));
        assertThat(workflow.forward(id, fixtures.version(id), null, "Đã bổ sung giấy khám sức khỏe")
                        .getState())
                .isEqualTo(DossierState.PENDING_APPROVAL);
    }

    @Test
    void aCounterOfficerMayLookUpButNotExportAndAnotherDepartmentMayNotRecordHealth() {
        signIn("tiepnhan.vr", "COUNTER_OFFICER", GTVT);
        assertThat(registry.licences(new RegistrySearch(), 0, 5, "issuedOn", false)
                        .rows())
                .hasSizeLessThanOrEqualTo(5)
                .allSatisfy(l -> assertThat(l.getAgencyId()).isEqualTo(GTVT));
        assertThatThrownBy(() -> registry.exportLicences(new RegistrySearch(), new ByteArrayOutputStream()))
                .isInstanceOf(NotAuthorizedException.class);
        long id = receive("0011950" + suffix(5), b2Licence(LocalDate.now())).id();

        signIn("chuyenvien.tttt.vr", "PROCESSING_OFFICER", TTTT);
        assertThatThrownBy(() -> health.record(id, LocalDate.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.health.notFound"));
    }

    @Test
    void aTaxiBadgeIsNumberedAndFoundByItsPlateHoweverTyped() {
        signIn("tiepnhan.vr", "COUNTER_OFFICER", GTVT);
        String plate = "51G" + suffix(5);
        var coach = taxi(plate);
        coach.setVehicleType(VehicleType.COACH);
        coach.setSeats(29);
        assertThatThrownBy(() -> receive(BADGE, "0313" + suffix(6), coach))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.badge.kindNotForType.TAXI"));
        long id = receive(BADGE, "0313" + suffix(6), taxi(plate)).id();

        toApproval(id);
        signIn("lanhdao.vr", "LEADER", GTVT);
        Dossier approved = workflow.approve(id, fixtures.version(id), "Đồng ý cấp phù hiệu");
        int year = LocalDate.now().getYear();
        assertThat(approved.getResultNumber()).matches("\\d{6}/" + year + "/PH");
        assertThat(approved.getResultTitle()).isEqualTo("Phù hiệu xe kinh doanh vận tải");

        var search = new RegistrySearch();
        search.setPlate(plate.substring(0, 3).toLowerCase() + "-" + plate.substring(3, 6) + "." + plate.substring(6));
        assertThat(registry.badges(search, 0, 20, null, true).rows())
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.getBadgeNumber()).isEqualTo(approved.getResultNumber());
                    assertThat(b.getPlate()).isEqualTo(plate);
                    assertThat(b.getExpiresOn())
                            .isEqualTo(LocalDate.now().plusYears(7).minusDays(1));
                });
        ReportTable table = report.run(new ReportParameters(LocalDate.now(), LocalDate.now(), Set.of(GTVT)));
        assertThat(table.rows()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("Phù hiệu XE TAXI"));
    }

    /** The division head assigns, the processing officer forwards to the leader. */
    private void toApproval(long id) {
        assign(id);
        signIn("chuyenvien.vr", "PROCESSING_OFFICER", GTVT);
        workflow.forward(id, fixtures.version(id), null, "Đủ điều kiện đổi");
    }

    private void assign(long id) {
        officers.create("chuyenvien.vr", "PROCESSING_OFFICER", GTVT);
        long processor = officers.idOf("chuyenvien.vr");
        signIn("truongphong.vr", "DIVISION_HEAD", GTVT);
        workflow.assign(id, fixtures.version(id), processor, "Giao thẩm định");
    }

    private DossierState stateOf(long id) {
        return fixtures.state(id);
    }

    private DossierReception.Received receive(String idNumber, LicenceApplication details) {
        return receive(EXCHANGE, idNumber, details);
    }

    private DossierReception.Received receive(long procedure, String idNumber, java.io.Serializable details) {
        var applicant = new Applicant();
        applicant.setIdNumber(idNumber);
        applicant.setName("Trần Văn Đổi");
        applicant.setAddress("30 Hùng Vương, phường Đông Thành");
        var request = new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(), procedure, COUNTER, applicant, fixtures.ticks(procedure), Map.of(), null);
        return reception.receive(new DossierReception.CounterReceipt(request, List.of(), List.of(), details));
    }

    /** A four-seat taxi of 2023 asking for a seven-year badge. */
    private static BadgeApplication taxi(String plate) {
        var a = new BadgeApplication();
        a.setPlateText(plate);
        a.setVehicleType(VehicleType.CAR);
        a.setSeats(4);
        a.setManufactureYear(2023);
        a.setBusinessLicenceNumber("99-000" + plate.substring(3, 6));
        a.setBadgeKind(BadgeKind.TAXI);
        a.setValidityYears(7);
        return a;
    }

    /** A 2019 B2 licence asked to become C1, with a health certificate of the given day. */
    private static LicenceApplication b2Licence(LocalDate healthCertificateOn) {
        var a = new LicenceApplication(VehicleRegistrationPlugin.EXCHANGE);
        a.setLicenceNumber("790123456789");
        a.setLicenceClass("B2");
        a.setIssuedOn(LocalDate.of(2019, 5, 10));
        a.setExpiresOn(LocalDate.of(2029, 5, 10));
        a.setHolderBirthDate(LocalDate.of(1985, 6, 15));
        a.setHealthCertificateOn(healthCertificateOn);
        a.setRequestedClass("C1");
        return a;
    }

    private void signIn(String username, String role, long agency) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    private static String suffix(int digits) {
        return String.format("%0" + digits + "d", System.nanoTime() % (long) Math.pow(10, digits));
    }
}
