package vn.motcua.platform.plugin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.plugin.control.PluginNames.Declared;
import vn.motcua.platform.plugin.control.PluginNames.DeclaredEntity;

class PluginNamesTest {

    @Test
    void thePrefixesAreTheIdInCamelAndSnakeCase() {
        assertThat(PluginNames.prefix("licensing")).isEqualTo("licensing");
        assertThat(PluginNames.prefix("social-welfare")).isEqualTo("socialWelfare");
        assertThat(PluginNames.prefix("vehicle-registration")).isEqualTo("vehicleRegistration");
        assertThat(PluginNames.tablePrefix("social-welfare")).isEqualTo("social_welfare_");
    }

    @Test
    void prefixedNamesPassWhateverTheCaseOfTheClassPrefix() {
        assertThat(PluginNames.elProblems(List.of(
                        new Declared("social-welfare", "a.RatesView", "socialWelfareRates"),
                        new Declared("vehicle-registration", "b.Forms", "vehicleRegistrationForms"),
                        new Declared(null, "core.Home", "home"))))
                .isEmpty();
        assertThat(PluginNames.entityProblems(List.of(
                        new DeclaredEntity(
                                "social-welfare", "a.Decision", "SocialWelfareDecision", "social_welfare_decision"),
                        new DeclaredEntity(
                                "social-welfare", "a.X", "SocialwelfareApplication", "SOCIAL_WELFARE_APPLICATION"),
                        new DeclaredEntity(null, "core.Dossier", "Dossier", "dossier"))))
                .isEmpty();
    }

    @Test
    void anElNameWithoutThePrefixIsRefusedNamingTheClassAndTheFix() {
        assertThat(PluginNames.elProblems(
                        List.of(new Declared("vehicle-registration", "b.RegistryView", "vehicleRegistryView"))))
                .singleElement()
                .asString()
                .contains(
                        "Plugin 'vehicle-registration'",
                        "EL name 'vehicleRegistryView' of b.RegistryView",
                        "must start with 'vehicleRegistration'",
                        "@Named(\"vehicleRegistrationVehicleRegistryView\")");
    }

    @Test
    void anEntityNameOrTableWithoutThePrefixIsRefusedNamingTheClass() {
        assertThat(PluginNames.entityProblems(
                        List.of(new DeclaredEntity("licensing", "c.Licence", "Licence", "licence"))))
                .containsExactly(
                        "Plugin 'licensing': the JPA entity name 'Licence' of c.Licence must start with 'Licensing'"
                                + " (the plugin id in camel case), e.g. @Entity(name = \"LicensingLicence\"), and its"
                                + " JPQL queries use that name.",
                        "Plugin 'licensing': the table 'licence' of c.Licence must start with 'licensing_' (the"
                                + " plugin id in snake case), e.g. @Table(name = \"licensing_licence\").");
    }

    @Test
    void aNameTakenByTheCoreOrAnotherPluginIsRefusedNamingBothClasses() {
        assertThat(PluginNames.elProblems(List.of(
                        new Declared(null, "core.Dashboard", "vehicleBoard"),
                        new Declared("vehicle", "v.Board", "vehicleBoard"))))
                .singleElement()
                .asString()
                .isEqualTo("Plugin 'vehicle': the EL name 'vehicleBoard' of v.Board is also the EL name of"
                        + " core.Dashboard of the core; names must be unique.");
        assertThat(PluginNames.entityProblems(List.of(
                        new DeclaredEntity("vehicle", "v.Badge", "VehicleRegistrationBadge", "vehicle_badge"),
                        new DeclaredEntity(
                                "vehicle-registration",
                                "r.Badge",
                                "VehicleRegistrationBadge",
                                "vehicle_registration_badge"))))
                .containsExactly(
                        "Plugin 'vehicle-registration': the JPA entity name 'VehicleRegistrationBadge' of r.Badge is"
                                + " also the JPA entity name of v.Badge of plugin 'vehicle'; names must be unique.",
                        "Plugin 'vehicle': the JPA entity name 'VehicleRegistrationBadge' of v.Badge is also the JPA"
                                + " entity name of r.Badge of plugin 'vehicle-registration'; names must be unique.");
    }

    @Test
    void thePrefixAloneIsNotAName() {
        assertThat(PluginNames.carriesPrefix("sample", "sample")).isFalse();
        assertThat(PluginNames.carriesPrefix("sample", "sampleGreeting")).isTrue();
        assertThat(PluginNames.carriesPrefix("sample", null)).isFalse();
    }
}
