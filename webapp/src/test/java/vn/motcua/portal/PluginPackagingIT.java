package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.directory.boundary.AgencyAdministration;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.intake.boundary.OnlineSubmission;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.platform.plugin.entity.PluginClaim;
import vn.motcua.plugins.sample.SampleNote;
import vn.motcua.plugins.sample.SampleNotes;
import vn.motcua.plugins.sample.SamplePrintingHandler;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.testkit.OwnDeployment;

/**
 * Proves, inside Payara, the packaging every plugin relies on: plugin JARs in WEB-INF/lib carry CDI beans, JPA
 * entities in the one persistence unit, Flyway migrations run after the core's from their own history table, the
 * install switch hides a plugin completely (its procedures too: they stay its own and are no longer offered, while its
 * open dossiers run to the end), and permission checks guard core and plugin beans alike. (The plugin's Facelets page
 * and resource library are checked in a browser by {@link AdminJourneyPageIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment(value = "the test plugins: sample installed, dormant uninstalled", group = SharedDeployment.TEST_PLUGINS)
class PluginPackagingIT {

    /** Demo: Sở GTVT, its counter, and procedure 8 (Sở LĐTBXH), which no plugin serves. */
    private static final long GTVT = 130L;

    private static final long GTVT_COUNTER = 202L;
    private static final long ORDINARY_PROCEDURE_ID = 8L;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.withTestPlugins();
    }

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    /** The sample plugin's own bean, injected plainly as the plugin's own beans inject it. */
    @Inject
    SampleNotes notes;

    @Inject
    BeanManager beanManager;

    @Inject
    AgencyAdministration agencies;

    @Inject
    PluginRegistry registry;

    @Inject
    TestOfficers officers;

    @Inject
    PluginProcedures procedures;

    @Inject
    PluginSwitches switches;

    @Inject
    DossierReception reception;

    @Inject
    OnlineSubmission online;

    @Inject
    DossierWorkflow workflow;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void coreSeesInstalledPluginBeansAndNotTheUninstalledOne() {
        List<String> ids = new ArrayList<>();
        plugins.forEach(p -> ids.add(p.id()));
        assertThat(ids).contains("sample").doesNotContain("dormant");
        assertThat(plugins.select(Plugin.Literal.of("sample")).isResolvable()).isTrue();
        assertThat(plugins.select(Plugin.Literal.of("dormant")).isUnsatisfied()).isTrue();
        // The department plugins of the build (webapp/pom.xml) are installed too; the dormant one never is.
        assertThat(registry.installed())
                .extracting(d -> d.id())
                .contains("sample")
                .doesNotContain("dormant");
    }

    @Test
    void aPluginsBeansAreItsOwnByTheirJarAndGoWithAnUninstalledPlugin() {
        assertThat(SampleNotes.class.getAnnotation(Plugin.class))
                .as("the class names no plugin")
                .isNull();
        assertThat(beanManager.getBeans(SampleNotes.class, Plugin.Literal.of("sample")))
                .as("the core finds it as the sample plugin's")
                .hasSize(1);
        assertThat(beanManager.getBeans(SampleNotes.class))
                .as("and it keeps @Default")
                .hasSize(1);
        assertThat(beanManager.getBeans(DormantHelper.class, Any.Literal.INSTANCE))
                .as("the uninstalled plugin's unqualified bean is vetoed with it")
                .isEmpty();
    }

    @Test
    void pluginMigrationsRanFromTheirOwnHistoryAfterTheCore() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(installedScripts(c, "flyway_history_core")).contains("V1__directory.sql");
            assertThat(installedScripts(c, "flyway_history_sample")).contains("V1__sample_note.sql");
            Timestamps t =
                    new Timestamps(latest(c, "flyway_history_core"), earliestVersioned(c, "flyway_history_sample"));
            assertThat(t.plugin()).isAfterOrEqualTo(t.core());
        }
    }

    @Test
    void pluginEntityIsInTheOnePersistenceUnitAndStoresAgainstACoreRow() throws Exception {
        signInAsAdmin();
        SampleNote saved = notes.add(100L, "Ghi chú thử nghiệm có dấu tiếng Việt");
        em.clear();
        SampleNote read = notes.find(saved.getId());
        assertThat(read.getText()).isEqualTo("Ghi chú thử nghiệm có dấu tiếng Việt");
        assertThat(em.getMetamodel().entity(SampleNote.class)).isNotNull();
    }

    @Test
    void foreignKeyFromPluginTableToCoreTableIsEnforced() {
        signInAsAdmin();
        assertThatThrownBy(() -> notes.add(987654321L, "no such agency")).isNotNull();
    }

    @Test
    void permissionChecksGuardPluginAndCoreBeans() {
        assertThatThrownBy(() -> notes.add(100L, "anonymous")).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> agencies.tree(false)).isInstanceOf(NotAuthenticatedException.class);

        String password = officers.create("khongquyen.test", "COUNTER_OFFICER", 110L);
        SecurityUtils.getSubject().login(new UsernamePasswordToken("khongquyen.test", password));
        assertThatThrownBy(() -> notes.add(100L, "not allowed")).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> agencies.tree(false)).isInstanceOf(NotAuthorizedException.class);
        assertThat(notes.find(-1L)).isNull(); // reading needs only a signed-in user

        SecurityUtils.getSubject().logout();
        signInAsAdmin();
        assertThat(notes.add(100L, "allowed").getId()).isNotNull();
        assertThat(agencies.tree(false)).isNotEmpty();
    }

    @Test
    void theBootRecordsWhichPluginOwnsWhichProcedureAndRemembersAnUninstalledOne() {
        assertThat(claims())
                .as("claimed by the installed sample plugin, taken over from 'dormant'")
                .containsEntry(SamplePrintingHandler.PROCEDURE, "sample")
                .as("the uninstalled plugin keeps its claim")
                .containsEntry(DormantClaims.DORMANT_PROCEDURE, "dormant")
                .as("a plugin gone from the build releases its claims")
                .doesNotContainKey(DormantClaims.VANISHED_PROCEDURE);
        assertThat(procedures.pluginOf(DormantClaims.DORMANT_PROCEDURE)).contains("dormant");
        assertThat(procedures.handler(DormantClaims.DORMANT_PROCEDURE))
                .as("installed only")
                .isEmpty();
        assertThat(procedures.pluginOf(SamplePrintingHandler.PROCEDURE)).contains("sample");
        assertThat(procedures.pluginOf(DormantClaims.VANISHED_PROCEDURE)).isEmpty();

        signInAsAdmin();
        var states = switches.plugins(Locale.ROOT);
        assertThat(states)
                .filteredOn(p -> p.id().equals("dormant"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.installed()).isFalse();
                    assertThat(p.procedures()).containsExactly(DormantClaims.DORMANT_PROCEDURE);
                });
        assertThat(states)
                .filteredOn(p -> p.id().equals("sample"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.installed()).isTrue();
                    assertThat(p.procedures()).contains(SamplePrintingHandler.PROCEDURE);
                });
        assertThatThrownBy(() -> switches.enable("dormant", 130L))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.plugin.notInstalled");
    }

    @Test
    void anUninstalledPluginsProceduresAreNotOfferedAtTheCounterNorOnline() {
        sign("tiepnhan.claims", "COUNTER_OFFICER", GTVT);
        assertThat(reception.proceduresInForce())
                .extracting(DossierReception.ProcedureChoice::procedureId)
                .as("an ordinary procedure is offered, the uninstalled plugin's is not")
                .contains(ORDINARY_PROCEDURE_ID)
                .doesNotContain(DormantClaims.DORMANT_PROCEDURE_ID);
        assertThat(online.procedures())
                .extracting(DossierReception.ProcedureChoice::procedureId)
                .contains(ORDINARY_PROCEDURE_ID)
                .doesNotContain(DormantClaims.DORMANT_PROCEDURE_ID);

        long before = dossiers();
        assertThatThrownBy(() -> reception.versionInForce(DormantClaims.DORMANT_PROCEDURE_ID))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.receive.procedureNotInForce");
        assertThatThrownBy(() -> reception.receive(new DossierReception.CounterReceipt(
                        request(DormantClaims.DORMANT_PROCEDURE_ID), List.of(), List.of())))
                .as("a stale counter form")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.receive.procedureNotInForce");
        assertThatThrownBy(() -> online.version(DormantClaims.DORMANT_PROCEDURE_ID))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.online.procedureNotOnline");
        var request = request(DormantClaims.DORMANT_PROCEDURE_ID);
        assertThatThrownBy(() -> online.submit(
                        new OnlineSubmission.Application(
                                request.submissionToken(),
                                DormantClaims.DORMANT_PROCEDURE_ID,
                                request.applicant(),
                                Map.of(),
                                List.of()),
                        "plugin-packaging-" + UUID.randomUUID()))
                .as("a stale online form")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.online.procedureNotOnline");
        assertThat(dossiers()).as("nothing received").isEqualTo(before);
    }

    /**
     * A dossier of the uninstalled plugin's procedure that was open before (received straight by the workflow, as it
     * was when the plugin was installed) runs to the end as an ordinary one: approved without the plugin's result.
     */
    @Test
    void anOpenDossierOfAnUninstalledPluginRunsToTheEnd() {
        sign("tiepnhan.claims2", "COUNTER_OFFICER", GTVT);
        long id = workflow.receive(request(DormantClaims.DORMANT_PROCEDURE_ID)).getId();

        officers.create("chuyenvien.claims", "PROCESSING_OFFICER", GTVT);
        long processor = officers.idOf("chuyenvien.claims");
        sign("truongphong.claims", "DIVISION_HEAD", GTVT);
        workflow.assign(id, version(id), processor, null);
        sign("chuyenvien.claims", "PROCESSING_OFFICER", GTVT);
        workflow.forward(id, version(id), null, "Đủ điều kiện");
        sign("lanhdao.claims", "LEADER", GTVT);
        Dossier approved = workflow.approve(id, version(id), "Đồng ý");

        assertThat(approved.getState()).isEqualTo(DossierState.RESULT_READY);
        assertThat(approved.getResultNumber()).as("no plugin numbers it").isNull();
    }

    private Map<String, String> claims() {
        var claims = new java.util.HashMap<String, String>();
        em.createQuery("select c from PluginClaim c", PluginClaim.class)
                .getResultList()
                .forEach(c -> claims.put(c.getNationalCode(), c.getPluginId()));
        return claims;
    }

    /** A complete counter request for a demo procedure at the counter of Sở GTVT, every document received. */
    private DossierWorkflow.ReceiveRequest request(long procedureId) {
        var applicant = new Applicant();
        applicant.setKind(ApplicantKind.CITIZEN);
        applicant.setIdNumber("079201000399");
        applicant.setName("Lê Văn Cường");
        applicant.setAddress("12 Nguyễn Huệ, phường Đông Thành");
        applicant.setPhone("0912345678");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, procedureId);
        return new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(), procedureId, GTVT_COUNTER, applicant, required, Map.of(), null);
    }

    private long dossiers() {
        return em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private void sign(String username, String role, long agencyId) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agencyId);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    /** Signs this test thread in as a provincial admin (its own account; the real admin is left untouched). */
    private void signInAsAdmin() {
        String password = officers.create("quantri.test", "ADMIN", 100L);
        SecurityUtils.getSubject().login(new UsernamePasswordToken("quantri.test", password));
    }

    private static List<String> installedScripts(Connection c, String table) throws Exception {
        var scripts = new ArrayList<String>();
        try (ResultSet rs =
                c.createStatement().executeQuery("SELECT \"script\" FROM \"" + table + "\" WHERE \"success\" = TRUE")) {
            while (rs.next()) {
                scripts.add(rs.getString(1));
            }
        }
        return scripts;
    }

    private static java.time.LocalDateTime latest(Connection c, String table) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(\"installed_on\") FROM \"" + table + "\"")) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime();
        }
    }

    private static java.time.LocalDateTime earliestVersioned(Connection c, String table) throws Exception {
        try (ResultSet rs = c.createStatement()
                .executeQuery("SELECT MIN(\"installed_on\") FROM \"" + table + "\" WHERE \"script\" LIKE 'V%'")) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime();
        }
    }

    private record Timestamps(java.time.LocalDateTime core, java.time.LocalDateTime plugin) {}
}
