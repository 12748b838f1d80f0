package dev.stride.adapter.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.5", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses direct = new ClientAddresses(List.of());

        assertThat(direct.clientAddress("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(direct.clientAddress("203.0.113.9", null)).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedPeerCannotNameAnotherAddress() {
        assertThat(behindProxies.clientAddress("203.0.113.9", "10.1.1.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(behindProxies.clientAddress("10.2.3.4", "198.51.100.1")).isEqualTo("198.51.100.1");
        // A client-written entry sits to the left of what the proxies appended: never reached.
        assertThat(behindProxies.clientAddress("10.2.3.4", "1.1.1.1, 198.51.100.1, 192.168.1.5"))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        assertThat(behindProxies.clientAddress("10.2.3.4", "198.51.100.1, not-an-address")).isEqualTo("10.2.3.4");
        // A host name is never looked up.
        assertThat(behindProxies.clientAddress("10.2.3.4", "localhost")).isEqualTo("10.2.3.4");
    }

    @Test
    void ipv6RangesAndAddressesAreUnderstood() {
        assertThat(behindProxies.clientAddress("fd12::1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindProxies.clientAddress("2001:db8::1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(behindProxies.clientAddress("10.2.3.4", "10.9.9.9, 10.8.8.8")).isEqualTo("10.9.9.9");
    }

    @Test
    void refusesNonsenseInTheConfiguration() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
