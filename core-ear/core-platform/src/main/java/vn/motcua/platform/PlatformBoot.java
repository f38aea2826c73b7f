package vn.motcua.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.motcua.platform.migration.control.SchemaMigrations;
import vn.motcua.platform.plugin.boundary.PluginRegistry;

/**
 * The first thing that runs when the portal deploys: read the installed plugins (checked already while CDI validated
 * the deployment, see {@link vn.motcua.platform.plugin.control.PluginInstallation}; checked again here), migrate the
 * schema (core, demo data, plugins in dependency order), then announce {@link PlatformStarted} so that business
 * components can prepare their data on a ready schema. An exception here fails the deployment, but the deploy
 * command only answers "Initialization failed for Singleton PlatformBoot": the message is in the server log. Hence
 * the plugin checks whose message a developer must see run earlier, in the CDI extension.
 *
 * <p>A startup EJB rather than an observer of CDI's {@code Startup} event: on Payara 6 that event fires before the
 * web module's {@code java:comp/env} is bound, so beans in WEB-INF/lib could not get their persistence context yet.
 * No transaction around it: Flyway manages its own. When it fails (a migration, a plugin check), the deployment
 * fails and {@link FailedDeploymentNamespaces} releases what Payara would leave of it.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformBoot {

    @Inject
    PluginRegistry plugins;

    @Inject
    SchemaMigrations migrations;

    @Inject
    Event<PlatformStarted> started;

    @PostConstruct
    void boot() {
        try {
            plugins.validate();
            migrations.migrate(plugins.installed());
            started.fire(new PlatformStarted());
        } catch (RuntimeException | Error e) {
            // The deployment fails: leave nothing behind that the next one would inherit (see the class).
            FailedDeploymentNamespaces.release();
            throw e;
        }
    }
}
