package vn.motcua.platform.migration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.motcua.platform.plugin.control.PluginDescriptor;

/**
 * Brings the schema up to date with Flyway, in a fixed order: the core ({@code db/migration/core}, from the
 * {@code motcua-sql} JAR built from {@code sql/}), then the optional demo province ({@code db/migration/demo}, when
 * {@code motcua.seed.demo} is true), then each plugin from its own JAR and folder, each set with its own history
 * table ({@code flyway_history_<set>}) so that plugins can be added, upgraded or removed independently.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "motcua.seed.demo", defaultValue = "false")
    boolean demoData;

    public void migrate(List<PluginDescriptor> plugins) {
        run("core", "db/migration/core", false);
        if (demoData) {
            run("demo", "db/migration/demo", true);
        }
        for (PluginDescriptor plugin : plugins) {
            run(plugin.id(), plugin.migrationLocation(), true);
        }
    }

    private void run(String set, String location, boolean besideOthers) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table("flyway_history_" + set.replace('-', '_'))
                .placeholderReplacement(false)
                .failOnMissingLocations(false)
                // A set that starts on a schema other sets already filled records a baseline at 0, then runs V1+.
                .baselineOnMigrate(besideOthers)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Migrations '" + set + "': " + result.migrationsExecuted + " applied, schema at "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }
}
