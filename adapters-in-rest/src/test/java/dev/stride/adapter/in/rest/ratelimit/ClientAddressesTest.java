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

    @Test
    void everyLineOfTheHeaderIsRead() {
        // Two lines: a client's own, then the proxy's. Reading only the first would believe the client.
        assertThat(behindProxies.clientKey("10.2.3.4", List.of("198.51.100.1", "203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void entriesWithPortsAreAddresses() {
        assertThat(behindProxies.clientKey("10.2.3.4", List.of("1.1.1.1, 203.0.113.7:4711"))).isEqualTo("203.0.113.7");
        assertThat(behindProxies.clientKey("10.2.3.4", List.of("[2001:db8::7]:4711")))
                .isEqualTo("2001:db8:0:0:0:0:0:0/64");
        // A trusted hop with a port is walked past, not taken for the end of the walk.
        assertThat(behindProxies.clientKey("10.2.3.4", List.of("203.0.113.7, 10.9.9.9:8080")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6ClientsAreCountedPerNetworkPrefix() {
        assertThat(behindProxies.clientKey("2001:db8:1:2::1", List.of()))
                .isEqualTo(behindProxies.clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff", List.of()))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(behindProxies.clientKey("2001:db8:1:3::1", List.of())).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        ClientAddresses per56 = new ClientAddresses(List.of(), ClientAddresses.ForwardingHeader.X_FORWARDED_FOR, 56);
        assertThat(per56.clientKey("2001:db8:1:2ff::1", List.of())).isEqualTo("2001:db8:1:200:0:0:0:0/56");
        // IPv4 clients, also when written as IPv4-mapped IPv6, stay one address each.
        assertThat(behindProxies.clientKey("::ffff:203.0.113.7", List.of())).isEqualTo("203.0.113.7");
    }

    @Test
    void readsRfc7239ForwardedWhenTheProxiesWriteThat() {
        ClientAddresses forwarded = new ClientAddresses(List.of("10.0.0.0/8"),
                ClientAddresses.ForwardingHeader.FORWARDED, 64);

        assertThat(forwarded.clientKey("10.2.3.4",
                List.of("for=1.1.1.1, for=203.0.113.7;proto=https;by=10.2.3.4"))).isEqualTo("203.0.113.7");
        assertThat(forwarded.clientKey("10.2.3.4", List.of("for=\"[2001:db8::7]:4711\"")))
                .isEqualTo("2001:db8:0:0:0:0:0:0/64");
        // An obfuscated identifier is not an address: believe nothing further left.
        assertThat(forwarded.clientKey("10.2.3.4", List.of("for=203.0.113.7, for=_hidden"))).isEqualTo("10.2.3.4");
        assertThat(forwarded.header().headerName).isEqualTo("Forwarded");
    }
}
