package vn.motcua.plugins.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.plugins.licensing.licence.boundary.LicenceRegistry;
import vn.motcua.plugins.licensing.licence.boundary.RegistryFilter;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.calendar.ProvinceCalendar;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.security.NotAuthenticatedException;

/**
 * The licensing plugin inside the real portal (the core plus this module's build, in Payara): it passes the core's
 * checks at deployment, its migrations ran in its own history, its handler owns its procedures, its beans reach the
 * core's services, and the core's permission check guards its facades. Run from this folder: plugins/README.md,
 * "A plugin's own tests".
 */
@ExtendWith(ArquillianExtension.class)
class LicensingPortalIT {

    /** The deployment this module's integration tests share (deployed once for all of them). */
    @Deployment
    static WebArchive deployment() {
        return LicensingTestDeployment.portal();
    }

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    @Inject
    @Any
    Instance<ProcedureHandler<?>> handlers;

    @Inject
    LicenceRegistry registry;

    @Inject
    ProvinceCalendar calendar;

    @PersistenceContext
    EntityManager em;

    @Test
    void thePortalInstalledThePluginAndItsHandlerOwnsItsProcedures() {
        assertThat(plugins.select(Plugin.Literal.of(LicensingPlugin.ID)).get().titleKey())
                .isEqualTo("licensing.title");
        assertThat(handlers.select(Plugin.Literal.of(LicensingPlugin.ID)).stream()
                        .flatMap(h -> h.procedureCodes().stream()))
                .contains("1.004652", "9.990001");
    }

    @Test
    void itsMigrationsRanInItsOwnHistoryAndItsEntitiesReadItsTables() {
        Number applied = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM \"flyway_history_licensing\" WHERE \"success\" = TRUE")
                        .getSingleResult();
        assertThat(applied.intValue()).isPositive();
        assertThat(em.createQuery("select count(l) from LicensingLicence l", Long.class)
                        .getSingleResult())
                .isNotNegative();
    }

    @Test
    void itsBeansGetTheCoresCalendarAndTheCoreGuardsItsFacades() {
        LocalDate monday = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        assertThat(calendar.plusWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday);
        assertThatThrownBy(() -> registry.page(new RegistryFilter(), 0, 10, null, true))
                .isInstanceOf(NotAuthenticatedException.class);
    }
}
