package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    private static final byte[] SECRET = "an installation's own 32 bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER = "another installation's 32 bytes!".getBytes(StandardCharsets.US_ASCII);

    private static String key(String remote, String header) {
        return ClientKeys.of(remote, header, SECRET);
    }

    @Test
    void aClientIsItsAddressStoredOnlyAsAKeyedDigest() {
        String key = key("203.0.113.7", null);
        assertThat(key).hasSize(64).matches("[0-9a-f]+").doesNotContain("203.0.113");
        assertThat(key("203.0.113.7", null)).isEqualTo(key);
        assertThat(key("203.0.113.8", null)).isNotEqualTo(key);
    }

    @Test
    void oneKeyedHmacServesEveryRequestAndThreadAlike() throws Exception {
        javax.crypto.Mac keyed = ClientKeys.keyed(SECRET);
        assertThat(ClientKeys.of("203.0.113.7", null, keyed))
                .as("the same key as with the secret itself")
                .isEqualTo(key("203.0.113.7", null));
        assertThat(ClientKeys.of("203.0.113.7", null, keyed))
                .as("used again: the keyed HMAC is cloned, not consumed")
                .isEqualTo(key("203.0.113.7", null));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 400; i++) {
                String address = "203.0.113." + (i % 7);
                answers.add(pool.submit(() -> ClientKeys.of(address, null, keyed)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(key("203.0.113." + (i % 7), null));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutTheSecretTheKeyCannotBeRecomputedFromTheAddress() throws Exception {
        String key = key("203.0.113.7", null);
        String bareHash = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest("v4:203.0.113.7".getBytes(StandardCharsets.UTF_8)));
        assertThat(key)
                .as("not the plain SHA-256 anyone can compute for every IPv4 address")
                .isNotEqualTo(bareHash);
        assertThat(ClientKeys.of("203.0.113.7", null, OTHER))
                .as("another installation's secret gives another key")
                .isNotEqualTo(key);
    }

    @Test
    void anIpv6ClientIsItsSlash64Network() {
        assertThat(ClientKeys.network("2001:db8:1:2:aaaa::1")).isEqualTo("v6:20010db800010002/64");
        assertThat(key("2001:db8:1:2:aaaa::1", null)).isEqualTo(key("2001:db8:1:2:ffff::9", null));
        assertThat(key("2001:db8:1:3::1", null)).isNotEqualTo(key("2001:db8:1:2::1", null));
        assertThat(ClientKeys.network("[::1]")).isEqualTo("v6:0000000000000000/64");
    }

    @Test
    void behindAProxyTheLastForwardedAddressCounts() {
        assertThat(key("10.0.0.2", "198.51.100.1, 203.0.113.7"))
                .as("the address our own proxy appended, not what the client claims")
                .isEqualTo(key("203.0.113.7", null));
        assertThat(key("10.0.0.2", " ")).isEqualTo(key("10.0.0.2", null));
    }

    @Test
    void anythingThatIsNotAnAddressIsKeptAsTextAndNeverResolved() {
        assertThat(ClientKeys.network("example.invalid")).isEqualTo("example.invalid");
        assertThat(ClientKeys.network("abc")).isEqualTo("abc");
        assertThat(ClientKeys.network("999.1.1.1")).isEqualTo("v4:999.1.1.1");
        assertThat(ClientKeys.network("1:2:3")).isEqualTo("1:2:3");
    }
}
