package vn.motcua.platform.plugin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginValidationTest {

    private static PluginDescriptor plugin(String id, Set<String> requires, String... permissions) {
        return new PluginDescriptor(id, id, "0.1", requires, List.of(permissions), true, true, true, "db/" + id);
    }

    @Test
    void aHealthyPluginPasses() {
        assertThat(PluginValidation.problems(List.of(plugin("licensing", Set.of(), "licensing:licence:revoke")), "0.1"))
                .isEmpty();
    }

    @Test
    void duplicateIdsAreRefusedNamingThePlugin() {
        assertThat(PluginValidation.problems(
                        List.of(plugin("licensing", Set.of()), plugin("licensing", Set.of())), "0.1"))
                .singleElement()
                .asString()
                .contains("Plugin 'licensing'", "unique");
    }

    @Test
    void duplicateIdsNameBothJars() {
        var ours = new PluginDescriptor(
                "sample",
                "sample",
                "0.1",
                Set.of(),
                List.of(),
                true,
                true,
                true,
                "db",
                "x.SamplePlugin in sample.jar",
                null,
                Map.of());
        var theirs = new PluginDescriptor(
                "sample",
                "sample",
                "0.1",
                Set.of(),
                List.of(),
                true,
                true,
                true,
                "db",
                "y.Impostor in impostor.jar",
                null,
                Map.of());
        assertThat(PluginValidation.problems(List.of(ours, theirs), "0.1"))
                .singleElement()
                .asString()
                .contains("x.SamplePlugin in sample.jar")
                .contains("y.Impostor in impostor.jar");
    }

    @Test
    void aCoreAtOrBeyondThePluginsLimitIsRefusedAndBelowItAccepted() {
        var plugin = new PluginDescriptor(
                "idp",
                "idp",
                "0.1",
                Set.of(),
                List.of(),
                true,
                true,
                true,
                "db",
                "x.IdpPlugin in idp.jar",
                "0.2",
                Map.of());
        assertThat(PluginValidation.problems(List.of(plugin), "0.1.5")).isEmpty();
        assertThat(PluginValidation.problems(List.of(plugin), "0.2"))
                .singleElement()
                .asString()
                .contains("Plugin 'idp': supports core 0.1 up to, not including, 0.2; this core is 0.2");
    }

    @Test
    void missingBundlesTooNewCoreMissingRequirementsAndForeignPermissionsAreAllReported() {
        var broken = new PluginDescriptor(
                "welfare",
                "welfare",
                "2.0",
                Set.of("licensing"),
                List.of("dossier:approve"),
                false,
                false,
                false,
                "db");
        assertThat(PluginValidation.problems(List.of(broken), "0.1"))
                .anyMatch(p -> p.contains("needs core 2.0"))
                .anyMatch(p -> p.contains("requires plugin 'licensing'"))
                .anyMatch(p -> p.contains("messages_vi.properties"))
                .anyMatch(p -> p.contains("messages_en.properties"))
                .anyMatch(p -> p.contains("'dossier:approve' must start with 'welfare:'"));
    }

    @Test
    void aPermissionWithoutWordsInEitherLanguageIsRefusedNamingTheKeyToAdd() {
        var plugin = new PluginDescriptor(
                "idp",
                "idp",
                "0.1",
                Set.of(),
                List.of("idp:registry:view", "idp:report:view", "idp:*"),
                true,
                true,
                true,
                "db",
                "x.IdpPlugin in idp.jar",
                null,
                Map.of("idp:report:view", "en"));
        assertThat(PluginValidation.problems(List.of(plugin), "0.1"))
                .containsExactly("Plugin 'idp': permission 'idp:report:view' has no words in its messages (en): add"
                        + " idp.permission.report.view=<what it allows> to messages_vi.properties and"
                        + " messages_en.properties (the plugins and role screens show it).");
        assertThat(PluginReader.permissionKey("idp:report:view")).isEqualTo("idp.permission.report.view");
    }

    @Test
    void qualifierMustCarryTheSameIdAndIdsHaveAShape() {
        var mismatched =
                new PluginDescriptor("licensing", "licence", "0.1", Set.of(), List.of(), true, true, true, "db");
        var badId = plugin("Licensing!", Set.of());
        assertThat(PluginValidation.problems(List.of(mismatched, badId), "0.1"))
                .anyMatch(p -> p.contains("@Plugin(\"licence\")"))
                .anyMatch(p -> p.contains("lower-case"));
    }

    @Test
    void pluginsStartAfterThoseTheyRequireAndCyclesAreRefused() {
        var a = plugin("alpha", Set.of("beta"));
        var b = plugin("beta", Set.of("gamma"));
        var c = plugin("gamma", Set.of());
        assertThat(PluginValidation.startOrder(List.of(a, b, c)))
                .extracting(PluginDescriptor::id)
                .containsExactly("gamma", "beta", "alpha");

        var x = plugin("xray", Set.of("yank"));
        var y = plugin("yank", Set.of("xray"));
        assertThat(PluginValidation.problems(List.of(x, y), "0.1"))
                .singleElement()
                .asString()
                .contains("cycle");
    }

    @Test
    void aProcedureClaimedTwiceNamesBothPluginsWhateverTheOrderFoundAndAHandlerNeedsAPlugin() {
        var sample = new PluginValidation.ProcedureClaim("sample", "x.SampleHandler", Set.of("1.004690"));
        var other = new PluginValidation.ProcedureClaim("other", "x.OtherHandler", Set.of("1.004690", "1.000001"));
        var orphan = new PluginValidation.ProcedureClaim(null, "x.OrphanHandler", Set.of());
        assertThat(PluginValidation.claimProblems(List.of(sample, other, orphan)))
                .isEqualTo(PluginValidation.claimProblems(List.of(orphan, other, sample)))
                .containsExactlyInAnyOrder(
                        "Plugin 'sample': procedure 1.004690 is already handled by plugin 'other';"
                                + " a procedure belongs to one plugin.",
                        "Procedure handler x.OrphanHandler has no @Plugin qualifier.");
        assertThat(PluginValidation.claimProblems(List.of(sample))).isEmpty();
    }
}
