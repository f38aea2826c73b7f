package vn.motcua.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentPluginTest {

    private static DepartmentPlugin needing(String minCoreVersion) {
        return new DepartmentPlugin() {
            @Override
            public String id() {
                return "idp";
            }

            @Override
            public String titleKey() {
                return "idp.title";
            }

            @Override
            public String minCoreVersion() {
                return minCoreVersion;
            }
        };
    }

    @Test
    void byDefaultAPluginSupportsTheCoreUpToTheNextVersionThatMayBreakTheSpi() {
        assertThat(needing("0.1").coreVersionLimit()).isEqualTo("0.2");
        assertThat(needing("0.1.3").coreVersionLimit()).isEqualTo("0.2");
        assertThat(needing("0").coreVersionLimit()).isEqualTo("0.1");
        assertThat(needing("1.4").coreVersionLimit()).isEqualTo("2.0");
        assertThat(needing("2.0.1-SNAPSHOT").coreVersionLimit()).isEqualTo("3.0");
    }
}
