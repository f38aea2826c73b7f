package vn.motcua.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepActor;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.directory.entity.Role;

/** Who performs a version (deciding agency, kind under an agency, list) and the route a dossier takes. */
class PerformersTest {

    private final AgencyKind commune = kind(4L);
    private final AgencyKind department = kind(2L);
    private final Agency province = agency(100L, "/100/", null);
    private final Agency otherProvince = agency(900L, "/900/", null);
    private final Agency hoaAn = agency(151L, "/100/151/", commune);
    private final Agency tanPhu = agency(152L, "/100/152/", commune);
    private final Agency hoaAnOffice = agency(153L, "/100/151/153/", null);
    private final Agency elsewhere = agency(901L, "/900/901/", commune);
    private final Agency labour = agency(120L, "/100/120/", department);
    private final Agency labourDivision = agency(121L, "/100/120/121/", null);

    @Test
    void theDecidingAgencyAlonePerformsByDefault() {
        ProcedureVersion version = version();
        assertThat(version.getPerformers()).isEqualTo(PerformerRule.DECIDING);
        assertThat(Performers.performs(version, labour)).isTrue();
        assertThat(Performers.performs(version, hoaAn)).isFalse();
    }

    @Test
    void everyActiveAgencyOfTheKindUnderTheRootPerforms() {
        ProcedureVersion version = version();
        version.performedBy(PerformerRule.KIND, commune, province, Set.of());
        assertThat(Performers.performs(version, hoaAn)).isTrue();
        assertThat(Performers.performs(version, tanPhu)).isTrue();
        assertThat(Performers.performs(version, labour)).as("another kind").isFalse();
        assertThat(Performers.performs(version, elsewhere))
                .as("not under the root")
                .isFalse();
        assertThat(Performers.performs(version, hoaAnOffice)).as("no kind").isFalse();
        tanPhu.setActive(false);
        assertThat(Performers.performs(version, tanPhu)).as("inactive").isFalse();
    }

    @Test
    void anExplicitListPerformsExactlyItsAgencies() {
        ProcedureVersion version = version();
        version.performedBy(PerformerRule.LIST, commune, otherProvince, Set.of(hoaAn, labour));
        assertThat(version.getPerformerKind()).as("kind forgotten for a list").isNull();
        assertThat(Performers.performs(version, hoaAn)).isTrue();
        assertThat(Performers.performs(version, labour)).isTrue();
        assertThat(Performers.performs(version, tanPhu)).isFalse();
        assertThat(Performers.performs(version, null)).isFalse();
    }

    @Test
    void aRuleIsCompleteOnlyWithWhatItNeeds() {
        assertThat(Performers.complete(PerformerRule.DECIDING, null, null, null))
                .isTrue();
        assertThat(Performers.complete(PerformerRule.KIND, 4L, null, null)).isFalse();
        assertThat(Performers.complete(PerformerRule.KIND, 4L, 100L, null)).isTrue();
        assertThat(Performers.complete(PerformerRule.LIST, null, null, List.of()))
                .isFalse();
        assertThat(Performers.complete(PerformerRule.LIST, null, null, List.of(151L)))
                .isTrue();
    }

    @Test
    void theRouteFollowsTheCounterTheMappingAndTheNamedAgencies() {
        List<ProcessStep> steps = List.of(
                step(StepActing.RECEIVING_COUNTER, null),
                step(StepActing.DECIDING_AGENCY, null),
                step(StepActing.NAMED_AGENCY, labourDivision),
                step(StepActing.DECIDING_AGENCY, null));
        Agency desk = agency(102L, "/100/102/", null);

        Map<Integer, StepActor> plain = Performers.route(steps, Map.of(), hoaAn, desk);
        assertThat(plain)
                .containsEntry(0, StepActor.at(desk))
                .containsEntry(1, StepActor.at(hoaAn))
                .containsEntry(2, StepActor.at(labourDivision));
        assertThat(plain).containsEntry(3, StepActor.at(hoaAn));

        Map<Integer, StepActor> mapped = Performers.route(steps, Map.of(1, StepActor.at(hoaAnOffice)), hoaAn, desk);
        assertThat(mapped).containsEntry(1, StepActor.at(hoaAnOffice)).containsEntry(3, StepActor.at(hoaAn));

        // a step mapped to a role only: the implementing agency itself, its officers of that role
        var clerk = new Role();
        Map<Integer, StepActor> byRole = Performers.route(steps, Map.of(1, new StepActor(hoaAn, clerk)), hoaAn, desk);
        assertThat(byRole.get(1).agency()).isSameAs(hoaAn);
        assertThat(byRole.get(1).role()).isSameAs(clerk);
        assertThat(byRole.get(3).role())
                .as("an unmapped step keeps the step's own role")
                .isNull();
    }

    private ProcedureVersion version() {
        ProcedureVersion version = ProcedureVersion.blank();
        version.setDecidingAgency(labour);
        return version;
    }

    private static ProcessStep step(StepActing acting, Agency agency) {
        var step = new ProcessStep();
        step.setActing(acting);
        step.setAgency(agency);
        return step;
    }

    private static Agency agency(long id, String path, AgencyKind kind) {
        var agency = new Agency();
        set(agency, "id", id);
        agency.setPath(path);
        agency.setKind(kind);
        return agency;
    }

    private static AgencyKind kind(long id) {
        var kind = new AgencyKind();
        set(kind, "id", id);
        return kind;
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
