package vn.motcua.dossier.control.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void aClientIsItsAddressStoredOnlyAsADigest() {
        String key = ClientKeys.of("203.0.113.7", null);
        assertThat(key).hasSize(64).matches("[0-9a-f]+").doesNotContain("203.0.113");
        assertThat(ClientKeys.of("203.0.113.7", null)).isEqualTo(key);
        assertThat(ClientKeys.of("203.0.113.8", null)).isNotEqualTo(key);
    }

    @Test
    void anIpv6ClientIsItsSlash64Network() {
        assertThat(ClientKeys.network("2001:db8:1:2:aaaa::1")).isEqualTo("v6:20010db800010002/64");
        assertThat(ClientKeys.of("2001:db8:1:2:aaaa::1", null)).isEqualTo(ClientKeys.of("2001:db8:1:2:ffff::9", null));
        assertThat(ClientKeys.of("2001:db8:1:3::1", null)).isNotEqualTo(ClientKeys.of("2001:db8:1:2::1", null));
        assertThat(ClientKeys.network("[::1]")).isEqualTo("v6:0000000000000000/64");
    }

    @Test
    void behindAProxyTheLastForwardedAddressCounts() {
        assertThat(ClientKeys.of("10.0.0.2", "198.51.100.1, 203.0.113.7"))
                .as("the address our own proxy appended, not what the client claims")
                .isEqualTo(ClientKeys.of("203.0.113.7", null));
        assertThat(ClientKeys.of("10.0.0.2", " ")).isEqualTo(ClientKeys.of("10.0.0.2", null));
    }

    @Test
    void anythingThatIsNotAnAddressIsKeptAsTextAndNeverResolved() {
        assertThat(ClientKeys.network("example.invalid")).isEqualTo("example.invalid");
        assertThat(ClientKeys.network("abc")).isEqualTo("abc");
        assertThat(ClientKeys.network("999.1.1.1")).isEqualTo("v4:999.1.1.1");
        assertThat(ClientKeys.network("1:2:3")).isEqualTo("1:2:3");
    }
}
