package vn.motcua.portal.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.control.LicenceNumbers;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * The core's result numbering inside Payara, on the real database: threads taking numbers at the same moment, each in
 * its own transaction and starting before the year's row exists, get distinct, consecutive numbers from 1; a
 * rolled-back transaction gives its number back; there is no numbering outside a transaction; a plugin's bean counts
 * only in its own series, whether it names its plugin or not (a plugin's own bean is its plugin's by its JAR); and the
 * plugins' V2 migrations carry an existing database's counters over to the core.
 */
@ExtendWith(ArquillianExtension.class)
class ResultNumbersIT {

    private static final long TTTT = 110L;
    private static final long LDTBXH = 120L;
    private static final long GTVT = 130L;

    /** Years nobody else numbers in (other test classes share the database): each test may use year and year + 1. */
    private static final AtomicInteger YEARS = new AtomicInteger(3000 + (int) (System.nanoTime() % 3000));

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    NumberProbe probe;

    @Inject
    @Plugin(LicensingPlugin.ID)
    LicensingNumberProbe licensing;

    @Inject
    ResultNumbers numbers;

    /** The licensing plugin's own bean: neither its class nor this injection point names the plugin. */
    @Inject
    LicenceNumbers licenceNumbers;

    @Inject
    BeanManager beanManager;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @Test
    void threadsTakingNumbersAtTheSameMomentGetDistinctConsecutiveNumbersFromOne() throws Exception {
        int threads = 8;
        int each = 6;
        int year = freshYear();
        var barrier = new CyclicBarrier(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(executor.submit(() -> {
                barrier.await(60, TimeUnit.SECONDS); // all start together, before the year's row exists
                var mine = new ArrayList<Long>();
                for (int i = 0; i < each; i++) {
                    mine.add(probe.take("licensing.IT", TTTT, year));
                }
                return mine;
            }));
        }
        var all = new ArrayList<Long>();
        for (Future<List<Long>> f : futures) {
            try {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                throw new AssertionError("a thread failed to take its numbers", e.getCause());
            }
        }
        assertThat(all)
                .hasSize(threads * each)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(lastNumber("licensing.IT", TTTT, year))
                .as("the row holds the last one")
                .isEqualTo(threads * each);
        assertThat(probe.take("licensing.IT2", TTTT, year))
                .as("each series counts alone")
                .isEqualTo(1);
        assertThat(probe.take("licensing.IT", LDTBXH, year))
                .as("each agency counts alone")
                .isEqualTo(1);
        assertThat(probe.take("licensing.IT", TTTT, year + 1))
                .as("each year starts at 1")
                .isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionGivesItsNumberBack() {
        int year = freshYear();
        assertThat(probe.take("social-welfare.IT", LDTBXH, year)).isEqualTo(1);
        assertThatThrownBy(() -> probe.takeAndFail("social-welfare.IT", LDTBXH, year))
                .isInstanceOfSatisfying(
                        NumberProbe.Refused.class, e -> assertThat(e.taken).isEqualTo(2));
        assertThatThrownBy(() -> probe.takeAndFail("social-welfare.IT", LDTBXH, year + 1))
                .as("the year's first number, on a row created for it")
                .isInstanceOfSatisfying(
                        NumberProbe.Refused.class, e -> assertThat(e.taken).isEqualTo(1));
        assertThat(probe.take("social-welfare.IT", LDTBXH, year)).as("no gap").isEqualTo(2);
        assertThat(probe.take("social-welfare.IT", LDTBXH, year + 1))
                .as("no gap")
                .isEqualTo(1);
    }

    @Test
    void thereIsNoNumberOutsideATransaction() {
        int year = freshYear();
        assertThatThrownBy(() -> numbers.next("licensing.IT", TTTT, year)).isInstanceOf(TransactionalException.class);
        assertThat(probe.take("licensing.IT", TTTT, year)).isEqualTo(1);
    }

    @Test
    void aPluginBeanCountsOnlyInItsOwnSeries() {
        int year = freshYear();
        assertThat(licensing.take("licensing.GP", TTTT, year)).isEqualTo(1);
        assertThatThrownBy(() -> licensing.take("social-welfare.decision", TTTT, year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'licensing'");
        assertThatThrownBy(() -> probe.take("GP", TTTT, year))
                .as("a series without its plugin's id")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(probe.take("social-welfare.decision", LDTBXH, year))
                .as("the refused call counted nothing")
                .isEqualTo(1);
    }

    @Test
    void aPluginsOwnBeanThatNamesNoPluginGetsItsPluginsNumbersAndNoOtherPlugins() throws Exception {
        assertThat(LicenceNumbers.class.getAnnotation(Plugin.class))
                .as("the class names no plugin")
                .isNull();
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(LicenceNumbers.class));
        assertThat(bean.getQualifiers())
                .as("the core made it licensing's, and plain injection finds it")
                .contains(Plugin.Literal.of(LicensingPlugin.ID), Default.Literal.INSTANCE);
        assertThat(beanManager.getBeans(LicenceNumbers.class, Plugin.Literal.of("social-welfare")))
                .isEmpty();

        assertThat(licenceNumbers.toString()).isNotNull(); // the proxy's instance exists from here on
        var field = LicenceNumbers.class.getDeclaredField("numbers");
        field.setAccessible(true);
        var injected = (ResultNumbers) field.get(instance(bean));
        assertThat(injected).hasToString("ResultNumbers of plugin licensing");
        int year = freshYear();
        assertThatThrownBy(() -> injected.next("social-welfare.decision", LDTBXH, year))
                .as("another plugin's series")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'licensing'");
        assertThat(probe.take("social-welfare.decision", LDTBXH, year))
                .as("nothing was counted")
                .isEqualTo(1);
    }

    /** The application-scoped instance behind a bean's client proxy. */
    private <T> T instance(Bean<T> bean) {
        return beanManager.getContext(ApplicationScoped.class).get(bean, beanManager.createCreationalContext(bean));
    }

    @Test
    void thePluginsMovedTheirCountersToTheCoreAtBoot() throws Exception {
        for (String history : List.of("licensing", "social_welfare", "vehicle_registration")) {
            assertThat(query("SELECT \"script\" FROM \"flyway_history_" + history + "\" WHERE \"success\" = TRUE"))
                    .as(history)
                    .contains("V2__numbers_in_the_core.sql");
        }
        for (String old : List.of(
                "licensing_number_counter", "social_welfare_decision_counter", "vehicle_registration_counter")) {
            assertThat(query(
                            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = '" + old + "'"))
                    .as(old + " dropped")
                    .isEmpty();
        }
    }

    /** An existing database: the old counter tables with numbers handed out, then each plugin's V2 script. */
    @Test
    void anUpgradedDatabaseGoesOnNumberingWhereEachPluginStood() throws Exception {
        int year = freshYear();
        execute(
                "CREATE TABLE licensing_number_counter (agency_id BIGINT NOT NULL, issue_year INT NOT NULL,"
                        + " series VARCHAR(10) NOT NULL, last_number INT NOT NULL,"
                        + " PRIMARY KEY (agency_id, issue_year, series))",
                "INSERT INTO licensing_number_counter VALUES (110, " + year + ", 'GP', 41), (110, " + year
                        + ", 'QD', 3)");
        run("db/migration/plugins/licensing/V2__numbers_in_the_core.sql");
        execute(
                "CREATE TABLE social_welfare_decision_counter (agency_id BIGINT NOT NULL,"
                        + " decision_year INT NOT NULL, last_number INT NOT NULL, PRIMARY KEY (agency_id, decision_year))",
                "INSERT INTO social_welfare_decision_counter VALUES (151, " + year + ", 17)");
        run("db/migration/plugins/social-welfare/V2__numbers_in_the_core.sql");
        execute(
                "CREATE TABLE vehicle_registration_counter (agency_id BIGINT NOT NULL, series VARCHAR(10) NOT NULL,"
                        + " counter_year INT NOT NULL, last_number INT NOT NULL,"
                        + " PRIMARY KEY (agency_id, series, counter_year))",
                "INSERT INTO vehicle_registration_counter VALUES (130, 'LICENCE', " + year + ", 250), (130, 'BADGE', "
                        + year + ", 9)");
        run("db/migration/plugins/vehicle-registration/V2__numbers_in_the_core.sql");

        assertThat(probe.take("licensing.GP", TTTT, year)).isEqualTo(42);
        assertThat(probe.take("licensing.QD", TTTT, year)).isEqualTo(4);
        assertThat(probe.take("social-welfare.decision", 151L, year)).isEqualTo(18);
        assertThat(probe.take("vehicle-registration.LICENCE", GTVT, year)).isEqualTo(251);
        assertThat(probe.take("vehicle-registration.BADGE", GTVT, year)).isEqualTo(10);
        thePluginsMovedTheirCountersToTheCoreAtBoot(); // the old tables are gone again
    }

    private static int freshYear() {
        return YEARS.addAndGet(2);
    }

    private long lastNumber(String series, long agencyId, int year) throws SQLException {
        return Long.parseLong(query("SELECT last_number FROM result_number WHERE series = '" + series
                        + "' AND agency_id = " + agencyId + " AND number_year = " + year)
                .get(0));
    }

    /** A plugin's migration script as Flyway runs it: its statements in order (comments dropped). */
    private void run(String script) throws IOException, SQLException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            assertThat(in).as(script).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            execute(java.util.Arrays.stream(sql.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new));
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
