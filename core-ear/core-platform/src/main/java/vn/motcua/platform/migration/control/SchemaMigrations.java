package vn.motcua.platform.migration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.motcua.platform.migration.boundary.SchemaVersions;
import vn.motcua.platform.plugin.control.PluginDescriptor;

/**
 * Brings the schema up to date with Flyway, in a fixed order: the core ({@code db/migration/core}, from the
 * {@code motcua-sql} JAR built from {@code sql/}), then the optional demo province ({@code db/migration/demo}, when
 * {@code motcua.seed.demo} is true), then each plugin from its own JAR and folder, each set with its own history
 * table ({@code flyway_history_<set>}) so that plugins can be added, upgraded or removed independently.
 *
 * <p>A plugin may ship demo data in {@code db/demo/plugins/<id>/} (the archetype's {@code -DdemoData=true}): those
 * migrations join the plugin's own set and history, and run only where the demo province does. Their versions sit
 * between the plugin's (e.g. {@code V1_1__demo_data.sql}), so the set runs out of order where demo data is on: a demo
 * migration added after the plugin's V2 still applies.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** The portal's data source, created by the server configuration (asadmin), H2 or SQL Server. */
    public static final String DATA_SOURCE = "jdbc/motcua";

    @Inject
    @ConfigProperty(name = "motcua.seed.demo", defaultValue = "false")
    boolean demoData;

    @Inject
    SchemaVersions versions;

    public void migrate(List<PluginDescriptor> plugins) {
        // Looked up, not injected: at the Startup event Payara has not yet bound java:comp/env for library JARs.
        DataSource dataSource = lookup();
        run(dataSource, "core", false, "db/migration/core");
        if (demoData) {
            run(dataSource, "demo", true, "db/migration/demo");
        }
        for (PluginDescriptor plugin : plugins) {
            if (demoData) {
                run(dataSource, plugin.id(), true, plugin.migrationLocation(), demoLocation(plugin.id()));
            } else {
                run(dataSource, plugin.id(), true, plugin.migrationLocation());
            }
        }
    }

    /** Where a plugin's demo migrations are: {@code db/demo/plugins/<id>}. */
    public static String demoLocation(String pluginId) {
        return "db/demo/plugins/" + pluginId;
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new javax.naming.InitialContext().lookup(DATA_SOURCE);
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(
                    "The data source " + DATA_SOURCE + " is missing: configure the server with"
                            + " server-config/asadmin/pool-h2.asadmin or pool-mssql.asadmin.",
                    e);
        }
    }

    private void run(DataSource dataSource, String set, boolean besideOthers, String... locations) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(java.util.Arrays.stream(locations)
                        .map(location -> "classpath:" + location)
                        .toArray(String[]::new))
                .outOfOrder(locations.length > 1)
                .table("flyway_history_" + set.replace('-', '_'))
                .placeholderReplacement(false)
                .failOnMissingLocations(false)
                // A set that starts on a schema other sets already filled records a baseline at 0, then runs V1+.
                .baselineOnMigrate(besideOthers)
                .baselineVersion("0")
                .load()
                .migrate();
        String reached = result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
        versions.reached(set, reached);
        LOG.info(() -> "Migrations '" + set + "': " + result.migrationsExecuted + " applied, schema at " + reached);
    }
}
