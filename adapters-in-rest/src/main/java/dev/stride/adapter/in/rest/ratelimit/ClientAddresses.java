package dev.stride.adapter.in.rest.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a request comes from, for per-address rate limits. The socket's peer, unless that peer is one of
 * the configured trusted proxies: then X-Forwarded-For is read from the right (the entries the proxies appended)
 * and the first address that is not a trusted proxy is the client. Entries a client wrote itself sit further left
 * and are never reached, so rotating them does not escape a limit.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    public ClientAddresses(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : trustedProxies) {
            if (!proxy.isBlank()) {
                ranges.add(Range.parse(proxy.trim()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client's address given the socket's peer and the X-Forwarded-For header (null when absent). */
    public String clientAddress(String peer, String forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty()) {
            return peer;
        }
        if (forwardedFor == null || !isTrusted(direct.get())) {
            return direct.get().getHostAddress();
        }
        String[] hops = forwardedFor.split(",");
        InetAddress client = direct.get();
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i].trim());
            if (hop.isEmpty()) {
                // Garbage where a proxy would have written an address: believe nothing further left.
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP literal, parsed without ever asking DNS (a host name is not an address). */
    static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of them. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address).map(InetAddress::getAddress).orElseThrow(
                    () -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
