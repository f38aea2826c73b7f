package vn.motcua.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.directory.control.DirectoryCache.Tree;
import vn.motcua.directory.control.DirectoryCache.Tree.Reception;

/** The in-memory answers that replaced the per-request queries of PluginSwitches: the same rules on paths. */
class DirectoryCacheTest {

    private final Tree tree = new Tree(
            Map.of("licensing", List.of("/1/10/"), "social-welfare", List.of("/1/20/21/", "/1/30/")),
            List.of(new Reception("/1/5/", "/1/10/"), new Reception("/1/5/", "/1/20/21/22/")));

    @Test
    void aPluginIsOnForTheAgencyItWasSwitchedOnForAndEverythingUnderIt() {
        assertThat(tree.enabledFor(List.of("/1/10/"))).containsExactly("licensing");
        assertThat(tree.enabledFor(List.of("/1/10/11/"))).containsExactly("licensing");
        assertThat(tree.enabledFor(List.of("/1/10/11/", "/1/30/"))).containsExactly("licensing", "social-welfare");
    }

    @Test
    void notForTheAgencyAboveNorForASiblingWhosePathStartsAlike() {
        assertThat(tree.enabledFor(List.of("/1/"))).isEmpty();
        assertThat(tree.enabledFor(List.of("/1/20/"))).isEmpty();
        assertThat(tree.enabledFor(List.of("/1/100/"))).isEmpty(); // "/1/100/" does not start with "/1/10/"
        assertThat(tree.enabledFor(List.of())).isEmpty();
    }

    @Test
    void anywhereIsEveryPluginSwitchedOnForSomeAgency() {
        assertThat(tree.enabledAnywhere()).containsExactly("licensing", "social-welfare");
    }

    @Test
    void countersOfMyAgenciesOrUnderThemReceiveOnBehalfOfOthers() {
        assertThat(tree.receivedForAt(List.of("/1/"))).containsExactly("/1/10/", "/1/20/21/22/");
        assertThat(tree.receivedForAt(List.of("/1/5/"))).containsExactly("/1/10/", "/1/20/21/22/");
        assertThat(tree.receivedForAt(List.of("/1/6/"))).isEmpty();
        // the plugins those agencies have: licensing for /1/10/, social-welfare for /1/20/21/22/ (under /1/20/21/)
        assertThat(tree.enabledFor(tree.receivedForAt(List.of("/1/5/"))))
                .containsExactly("licensing", "social-welfare");
    }
}
