package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.directory.boundary.PluginMenus;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.plugins.sample.SampleApplication;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.plugins.sample.SamplePrintingHandler;
import vn.motcua.reporting.boundary.PluginReports;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.testkit.OwnDeployment;

/**
 * The plugin SPI wired into the core's workflow, with the sample plugin serving one procedure: the per-agency
 * switch decides where its procedure is offered and its menus show; its form's details are validated, checked and
 * saved in the receipt's transaction (nothing is half-saved); its step rule vetoes a forward; approval numbers and
 * stores its result document; a disabled plugin's open dossier still runs to the end.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment(value = "the test plugins: sample installed, dormant uninstalled", group = SharedDeployment.TEST_PLUGINS)
class PluginWiringIT {

    /** Demo data: procedure 4 (printing activity licence, 1.004690) of Sở TTTT (agency 110), counter 200. */
    private static final long PROCEDURE = 4L;

    private static final long COUNTER = 200L;
    private static final long TTTT = 110L;
    private static final long GTVT = 130L;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.withTestPlugins();
    }

    @Inject
    PluginSwitches switches;

    @Inject
    PluginMenus menus;

    @Inject
    DossierReception reception;

    @Inject
    PluginReports reports;

    @Inject
    DossierWorkflow workflow;

    @Inject
    SamplePrintingHandler handler;

    @Inject
    TestOfficers officers;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void thePluginServesItsProcedureOnlyWhereEnabledAndRunsThroughTheCoreWorkflow() {
        signIn("quantri.pw", "ADMIN", 100L);
        switchedOffEverywhere(); // other tests of the run may have switched it on (the switch is data)
        signIn("tiepnhan.pw", "COUNTER_OFFICER", TTTT);
        assertThat(offered()).as("not enabled anywhere yet").doesNotContain(PROCEDURE);

        signIn("quantri.pw", "ADMIN", 100L);
        switches.enable(SamplePlugin.ID, TTTT);

        signIn("tiepnhan.gtvt.pw", "COUNTER_OFFICER", GTVT);
        assertThat(offered()).as("another department").doesNotContain(PROCEDURE).isNotEmpty();
        assertThat(menus.entries("BACK_OFFICE")).extracting(e -> e.path()).doesNotContain("/p/sample/hello.xhtml");
        assertThat(reports.available(Locale.ROOT)).extracting(r -> r.pluginId()).doesNotContain(SamplePlugin.ID);

        signIn("tiepnhan.pw", "COUNTER_OFFICER", TTTT);
        assertThat(offered()).contains(PROCEDURE);
        assertThat(menus.entries("BACK_OFFICE")).extracting(e -> e.path()).contains("/p/sample/hello.xhtml");

        long before = dossiers();
        assertThatThrownBy(() -> receive("079201000301", details("", 3)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.plugin.invalid");
        assertThatThrownBy(() -> receive("079201000301", details("Cơ sở in không phép Hòa An", 3)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("sample.printingHouse.unlicensed");
        assertThat(dossiers()).as("a refused receipt saves nothing").isEqualTo(before);

        long id = receive("079201000301", details("Công ty In Thái Hòa", 5)).id();
        assertThat(handler.details(id))
                .get()
                .extracting(SampleApplication::getPrintingHouse)
                .isEqualTo("Công ty In Thái Hòa");
        long vetoed = receive("079201000302", details("Nhà in Lớn", 600)).id();
        var run = reports.run("sample/printing-houses", LocalDate.now(), LocalDate.now(), Locale.ROOT);
        assertThat(run.table().rows()).contains(List.of("Công ty In Thái Hòa", 1L, 5L));
        assertThat(reports.excel(run)).as("an xlsx (zip) file").startsWith((byte) 'P', (byte) 'K');

        long processor = officerId("chuyenvien.pw", "PROCESSING_OFFICER");
        signIn("truongphong.pw", "DIVISION_HEAD", TTTT);
        workflow.assign(id, version(id), processor, null);
        workflow.assign(vetoed, version(vetoed), processor, null);

        signIn("chuyenvien.pw", "PROCESSING_OFFICER", TTTT);
        assertThatThrownBy(() -> workflow.forward(vetoed, version(vetoed), null, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("sample.machines.tooMany");
        assertThat(em.find(Dossier.class, vetoed).getState()).isEqualTo(DossierState.IN_PROCESS);
        workflow.forward(id, version(id), null, "Đủ điều kiện");

        signIn("quantri.pw", "ADMIN", 100L);
        switchedOffEverywhere();

        signIn("lanhdao.pw", "LEADER", TTTT);
        Dossier approved = workflow.approve(id, version(id), "Đồng ý");
        assertThat(approved.getState())
                .as("a disabled plugin's open dossier keeps running")
                .isEqualTo(DossierState.RESULT_READY);
        assertThat(approved.getResultNumber()).isEqualTo("IN-" + id);
        assertThat(approved.getResultTitle()).isEqualTo("Giấy phép hoạt động in");
        assertThat(approved.getResultFile().getContentType()).isEqualTo("application/pdf");
        assertThat(approved.getResultFile().getSizeBytes()).isGreaterThan(1_000);
        assertThat(handler.details(id))
                .get()
                .extracting(SampleApplication::getResultNumber)
                .isEqualTo("IN-" + id);

        signIn("tiepnhan.pw", "COUNTER_OFFICER", TTTT);
        assertThat(offered()).as("disabled again").doesNotContain(PROCEDURE);
    }

    private void switchedOffEverywhere() {
        switches.plugins(Locale.ROOT).stream()
                .filter(p -> p.id().equals(SamplePlugin.ID))
                .flatMap(p -> p.agencies().keySet().stream())
                .forEach(agency -> switches.disable(SamplePlugin.ID, agency));
    }

    private List<Long> offered() {
        return reception.proceduresInForce().stream()
                .map(DossierReception.ProcedureChoice::procedureId)
                .toList();
    }

    private DossierReception.Received receive(String idNumber, SampleApplication details) {
        var applicant = new Applicant();
        applicant.setIdNumber(idNumber);
        applicant.setName("Trần Thị Bình");
        applicant.setAddress("5 Trần Phú, phường Đông Thành");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, PROCEDURE);
        var request = new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(),
                PROCEDURE,
                COUNTER,
                applicant,
                required,
                // procedure 4 also has an admin-defined form (demo data), answered as the counter would
                java.util.Map.of(
                        "printingHouse", "Công ty In Thái Hòa",
                        "products", "Sách, báo",
                        "kind", "Doanh nghiệp",
                        "machines", 4,
                        "workers", 25),
                null);
        return reception.receive(new DossierReception.CounterReceipt(request, List.of(), List.of(), details));
    }

    private static SampleApplication details(String printingHouse, int machines) {
        var details = new SampleApplication();
        details.setPrintingHouse(printingHouse);
        details.setMachines(machines);
        return details;
    }

    private long dossiers() {
        return em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
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
