package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.plugins.sample.SampleNote;
import vn.motcua.plugins.sample.SampleNotes;
import vn.motcua.plugins.sample.SamplePlugin;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.testkit.Deployments;

/**
 * Proves, inside Payara, the packaging every plugin relies on: plugin JARs in WEB-INF/lib carry CDI beans, JPA
 * entities in the one persistence unit, Flyway migrations run after the core's from their own history table, the
 * install switch hides a plugin completely, and permission checks guard core and plugin beans alike. (The plugin's
 * Facelets page and resource library are checked in a browser by {@link AdminJourneyPageIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class PluginPackagingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .withPlugin("plugin-sample.jar", SamplePlugin.class)
                .withPluginArchive(DormantPlugin.archive())
                .withConfig("motcua.plugins.uninstalled=dormant")
                .withLibraryOf("assertj-core.jar", org.assertj.core.api.Assertions.class)
                .withClasses(PluginPackagingIT.class, TestOfficers.class)
                .build();
    }

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    @Inject
    @Plugin("sample")
    SampleNotes notes;

    @Inject
    AgencyAdministration agencies;

    @Inject
    PluginRegistry registry;

    @Inject
    TestOfficers officers;

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
