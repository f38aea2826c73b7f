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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.boundary.HealthCertificateGuard;
import vn.motcua.plugins.vehicle.licence.boundary.LicenceHandler;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.numbering.entity.NumberCounter.Series;
import vn.motcua.plugins.vehicle.registry.boundary.Registry;
import vn.motcua.plugins.vehicle.registry.control.RegistrySearch;
import vn.motcua.plugins.vehicle.report.IssuedReport;
import vn.motcua.portal.TestDossiers;
import vn.motcua.portal.TestOfficers;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultDocument;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.testkit.Deployments;

/**
 * The vehicle-registration plugin inside Payara with the real database: its migrations ran from its own history,
 * concurrent approvals never share a number, an approved exchange lands in the registry with its PDF, the registry
 * and the report show a department's rows to its officers only, and the step handler vetoes forwarding a dossier
 * whose health certificate has lapsed since receipt.
 */
@ExtendWith(ArquillianExtension.class)
class VehicleRegistrationIT {

    /** Demo data: procedure 9 = 1.002804 (licence exchange), counter 202 of the Department of Transport (130). */
    private static final long EXCHANGE = 9L;

    private static final long COUNTER = 202L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class)
                .withClasses(VehicleRegistrationIT.class, VehicleFixtures.class, TestOfficers.class, TestDossiers.class)
                .build();
    }

    @Inject
    VehicleFixtures fixtures;

    @Inject
    TestOfficers officers;

    @Inject
    TestDossiers dossiers;

    @Inject
    PluginRegistry plugins;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    LicenceHandler licences;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    HealthCertificateGuard guard;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    Registry registry;

    @Inject
    @Plugin(VehicleRegistrationPlugin.ID)
    IssuedReport report;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void thePluginIsInstalledAndItsTablesCameFromItsOwnMigrationHistory() throws Exception {
        assertThat(plugins.installed()).extracting(p -> p.id()).contains(VehicleRegistrationPlugin.ID);
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select \"script\" from \"flyway_history_vehicle_registration\""
                                + " where \"success\" = true")) {
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
                barrier.await(); // all start together: the year's counter row does not exist yet
                var mine = new ArrayList<Integer>();
                for (int i = 0; i < each; i++) {
                    mine.add(fixtures.nextNumber(130L, Series.LICENCE, year));
                }
                return mine;
            }));
        }
        var all = new ArrayList<Integer>();
        for (Future<List<Integer>> f : futures) {
            all.addAll(f.get());
        }
        assertThat(all)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(fixtures.nextNumber(130L, Series.BADGE, year))
                .as("each series counts alone")
                .isEqualTo(1);
        assertThat(fixtures.nextNumber(120L, Series.LICENCE, year))
                .as("each agency counts alone")
                .isEqualTo(1);
    }

    @Test
    void anApprovedExchangeGetsANewNumberARegistryRowAndItsPdfAndTheReportCountsIt() {
        DossierSnapshot dossier = received("Trần Văn Đổi", "0010850" + suffix(5));
        fixtures.receiveDetails(b2Licence(LocalDate.now().minusDays(3)), dossier);
        assertThat(licences.details(dossier.id()))
                .hasValueSatisfying(d -> assertThat(d.getLicenceClass()).isEqualTo("B2"));

        LocalDateTime approvedAt = LocalDateTime.now();
        ResultDocument result = fixtures.approve(dossier, approvedAt).orElseThrow();
        String year = String.format("%02d", approvedAt.getYear() % 100);
        assertThat(result.number()).matches("99" + year + "\\d{8}");
        assertThat(result.title()).isEqualTo("Giấy phép lái xe");
        assertThat(result.fileName()).isEqualTo("giay-phep-lai-xe-" + result.number() + ".pdf");
        assertThat(new String(result.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(fixtures.approve(dossier, approvedAt.plusMinutes(5))
                        .orElseThrow()
                        .number())
                .as("approving again re-renders the same licence")
                .isEqualTo(result.number());

        IssuedLicence issued = licences.issued(dossier.id()).orElseThrow();
        assertThat(issued.getLicenceClass()).isEqualTo("C1");
        assertThat(issued.getPreviousNumber()).isEqualTo("790123456789");
        assertThat(issued.getExpiresOn()).isEqualTo(approvedAt.toLocalDate().plusYears(10));
        assertThat(issued.getAgencyId()).isEqualTo(130L);

        ReportTable table =
                report.run(new ReportParameters(approvedAt.toLocalDate(), approvedAt.toLocalDate(), Set.of(130L)));
        assertThat(table.rows())
                .anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly("Giấy phép lái xe", "Hạng C1"));
        assertThat((Long) table.totals().get(2)).isPositive();
        assertThat(report.run(new ReportParameters(approvedAt.toLocalDate(), approvedAt.toLocalDate(), Set.of(110L)))
                        .rows())
                .as("another department's report does not count it")
                .isEmpty();

        signIn("ld.gtvt.it", "LEADER", 130L);
        var search = new RegistrySearch();
        search.setNumber(result.number());
        assertThat(registry.licences(search, 0, 20, null, true).rows())
                .extracting(IssuedLicence::getLicenceNumber)
                .containsExactly(result.number());
        search.setNumber("790123456789".substring(0, 8));
        assertThat(registry.licences(search, 0, 20, null, true).rows())
                .as("found by the number of the licence it replaced")
                .extracting(IssuedLicence::getDossierId)
                .contains(dossier.id());
        var excel = new ByteArrayOutputStream();
        search.setNumber(result.number());
        assertThat(registry.exportLicences(search, excel)).isEqualTo(1);
        assertThat(excel.toByteArray()).startsWith('P', 'K'); // an .xlsx is a zip
        SecurityUtils.getSubject().logout();

        signIn("ld.tttt.it", "LEADER", 110L);
        search.setNumber(result.number());
        assertThat(registry.licences(search, 0, 20, null, true).total())
                .as("another department's leader never sees it")
                .isZero();
    }

    @Test
    void aCounterOfficerMayLookUpButNotExport() {
        signIn("mc.gtvt.it", "COUNTER_OFFICER", 130L);
        assertThat(registry.licences(new RegistrySearch(), 0, 5, "issuedOn", false)
                        .rows())
                .hasSizeLessThanOrEqualTo(5);
        assertThatThrownBy(() -> registry.exportLicences(new RegistrySearch(), new ByteArrayOutputStream()))
                .isInstanceOf(vn.motcua.spi.security.NotAuthorizedException.class);
    }

    @Test
    void theStepHandlerVetoesForwardingOnceTheHealthCertificateHasLapsed() {
        DossierSnapshot dossier = received("Lê Thị Khám", "0011900" + suffix(5));
        fixtures.receiveDetails(b2Licence(LocalDate.now().minusMonths(5)), dossier);
        guard.beforeLeaving(leaving(dossier, "FORWARD")); // still within six months: allowed

        fixtures.healthCertificateDated(
                dossier.id(), LocalDate.now().minusMonths(6).minusDays(1));
        assertThatThrownBy(() -> guard.beforeLeaving(leaving(dossier, "FORWARD")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.expiredInProcess"));
        assertThatThrownBy(() -> guard.beforeLeaving(leaving(dossier, "APPROVE")))
                .isInstanceOf(DomainException.class);
        guard.beforeLeaving(leaving(dossier, "REFUSE")); // refusing is never vetoed

        fixtures.healthCertificateDated(dossier.id(), LocalDate.now().minusMonths(6));
        guard.beforeLeaving(leaving(dossier, "FORWARD")); // the last good day
    }

    @Test
    void aStaleHealthCertificateIsRefusedAtReceiptAndNothingIsStored() {
        DossierSnapshot dossier = received("Phạm Văn Cũ", "0011950" + suffix(5));
        assertThatThrownBy(
                        () -> fixtures.receiveDetails(b2Licence(LocalDate.now().minusMonths(7)), dossier))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.tooOld"));
        assertThat(licences.details(dossier.id())).isEmpty();
    }

    private DossierSnapshot received(String applicant, String idNumber) {
        TestDossiers.Received r = dossiers.receiveAsCounter(applicant, idNumber, EXCHANGE, COUNTER);
        return fixtures.snapshot(r.id(), VehicleRegistrationPlugin.EXCHANGE);
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

    private static StepCompletion leaving(DossierSnapshot dossier, String action) {
        return new StepCompletion(dossier, 1, "Thẩm định, xử lý hồ sơ", action, false, 1L);
    }

    private void signIn(String username, String role, long agency) {
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    private static String suffix(int digits) {
        return String.format("%0" + digits + "d", System.nanoTime() % (long) Math.pow(10, digits));
    }
}
