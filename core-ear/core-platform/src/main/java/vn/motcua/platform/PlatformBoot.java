package vn.motcua.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import vn.motcua.platform.migration.control.SchemaMigrations;
import vn.motcua.platform.plugin.boundary.PluginRegistry;

/**
 * The first thing that runs when the portal deploys: validate the installed plugins, then migrate the schema
 * (core, demo data, plugins in dependency order). Business components that prepare data at boot observe
 * {@link Startup} with a priority after {@link #PRIORITY}, so they find the schema ready. An exception here fails
 * the deployment, with the message in the server log and in the deploy command's output.
 */
@ApplicationScoped
public class PlatformBoot {

    /** Observers of {@link Startup} with a larger priority run after migrations. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

    @Inject
    PluginRegistry plugins;

    @Inject
    SchemaMigrations migrations;

    void boot(@Observes @Priority(PRIORITY) Startup startup) {
        plugins.validate();
        migrations.migrate(plugins.installed());
    }
}
