package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ${package}.boundary.${classPrefix}Handler;
import ${package}.control.${classPrefix}Rules;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.calendar.ProvinceCalendar;

/**
 * The plugin inside the real portal (the packaged portal plus this module's build, in Payara): it passes the core's
 * checks at deployment, its migrations ran in its own history, its handler serves its procedure, and its rules count
 * working days on the province's own calendar (the holidays the administrators confirmed). Runs only with the profile
 * plugin-it, from this folder: plugins/README.md, "A plugin's own tests".
 */
@ExtendWith(ArquillianExtension.class)
class ${classPrefix}PortalIT {

    /** The migrations applied from this plugin's folder, in its own history table. */
    private static final String APPLIED =
            "SELECT COUNT(*) FROM \"flyway_history_${tablePrefix}\" WHERE \"success\" = TRUE";

    /** The deployment this module's integration tests share (deployed once for all of them). */
    @Deployment
    static WebArchive deployment() {
        return ${classPrefix}TestDeployment.portal();
    }

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    @Inject
    ${classPrefix}Handler handler;

    @Inject
    ProvinceCalendar calendar;

    @PersistenceContext
    EntityManager em;

    @Test
    void thePortalInstalledThePluginAndItsHandlerServesItsProcedure() {
        assertThat(plugins.select(Plugin.Literal.of(${classPrefix}Plugin.ID)).get().titleKey())
                .isEqualTo(${classPrefix}Plugin.ID + ".title");
        assertThat(handler.procedureCodes()).containsExactly("${procedureCode}");
    }

    @Test
    void itsMigrationsRanInItsOwnHistoryAndItsEntityReadsItsTable() {
        Number applied = (Number) em.createNativeQuery(APPLIED).getSingleResult();
        assertThat(applied.intValue()).isPositive();
        String rows = "select count(a) from ${classPrefix}Application a";
        assertThat(em.createQuery(rows, Long.class).getSingleResult()).isNotNegative();
    }

    @Test
    void itsRulesCountWorkingDaysOnTheProvincesCalendar() {
        LocalDate today = LocalDate.now();
        int ahead = ${classPrefix}Rules.MIN_WORKING_DAYS_AHEAD;
        var details = handler.newDetails("${procedureCode}");
        details.setSubject("Nội dung thử");
        details.setStartDate(calendar.plusWorkingDays(today, ahead));
        assertThatCode(() -> check(details, today)).doesNotThrowAnyException();

        details.setStartDate(calendar.plusWorkingDays(today, ahead - 1));
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> check(details, today));
        assertThat(refusal.messageKey()).isEqualTo(${classPrefix}Plugin.ID + ".startDate.tooSoon");
    }

    private void check(${classPrefix}Application details, LocalDate today) {
        ${classPrefix}Rules.check(details, today, calendar);
    }
}
