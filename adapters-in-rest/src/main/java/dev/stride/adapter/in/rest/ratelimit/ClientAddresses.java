package dev.stride.adapter.in.rest.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which client a request comes from, for per-address rate limits. The socket's peer, unless that peer is one of
 * the configured trusted proxies: then the forwarding header the proxies write ({@code X-Forwarded-For}, every line
 * of it, or RFC 7239 {@code Forwarded}) is read from the right, the entries the proxies appended, and the first
 * address that is not a trusted proxy is the client. Entries a client wrote itself sit further left and are never
 * reached, so rotating them does not escape a limit. IPv6 clients are counted per network prefix ({@code /64} by
 * default): one host holds a whole /64 and could otherwise rotate through it.
 */
public final class ClientAddresses {

    /** The header the trusted proxies write the client's address into. */
    public enum ForwardingHeader {
        X_FORWARDED_FOR("X-Forwarded-For"),
        FORWARDED("Forwarded");

        public final String headerName;

        ForwardingHeader(String headerName) {
            this.headerName = headerName;
        }
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");

    private final List<Range> trusted;
    private final ForwardingHeader header;
    private final int ipv6Prefix;

    public ClientAddresses(List<String> trustedProxies) {
        this(trustedProxies, ForwardingHeader.X_FORWARDED_FOR, 64);
    }

    public ClientAddresses(List<String> trustedProxies, ForwardingHeader header, int ipv6Prefix) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : trustedProxies) {
            if (!proxy.isBlank()) {
                ranges.add(Range.parse(proxy.trim()));
            }
        }
        if (ipv6Prefix < 1 || ipv6Prefix > 128) {
            throw new IllegalArgumentException("an IPv6 prefix length is 1..128, not " + ipv6Prefix);
        }
        this.trusted = List.copyOf(ranges);
        this.header = header;
        this.ipv6Prefix = ipv6Prefix;
    }

    public ForwardingHeader header() {
        return header;
    }

    /**
     * What per-address limits count the request by: the client's address, an IPv6 one cut to its network prefix
     * ({@code 2001:db8:1:2:0:0:0:0/64}). {@code headerLines}: every line of the forwarding header, in order.
     */
    public String clientKey(String peer, List<String> headerLines) {
        Optional<InetAddress> client = client(peer, headerLines);
        if (client.isEmpty()) {
            return peer;
        }
        InetAddress address = client.get();
        if (address.getAddress().length == 4 || ipv6Prefix == 128) {
            return address.getHostAddress();
        }
        return Range.masked(address.getAddress(), ipv6Prefix) + "/" + ipv6Prefix;
    }

    /** The client's address given the socket's peer and one X-Forwarded-For line (null when absent). */
    public String clientAddress(String peer, String forwardedFor) {
        return client(peer, forwardedFor == null ? List.of() : List.of(forwardedFor))
                .map(InetAddress::getHostAddress).orElse(peer);
    }

    private Optional<InetAddress> client(String peer, List<String> headerLines) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty() || headerLines.isEmpty() || !isTrusted(direct.get())) {
            return direct;
        }
        List<String> hops = hops(headerLines);
        InetAddress client = direct.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = hopAddress(hops.get(i));
            if (hop.isEmpty()) {
                // Garbage where a proxy would have written an address: believe nothing further left.
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return Optional.of(client);
    }

    /** The hops of every header line, leftmost first; for Forwarded, the value of each element's {@code for}. */
    private List<String> hops(List<String> headerLines) {
        List<String> hops = new ArrayList<>();
        for (String line : headerLines) {
            for (String element : line.split(",")) {
                hops.add(header == ForwardingHeader.FORWARDED ? forwardedFor(element) : element.trim());
            }
        }
        return hops;
    }

    /** RFC 7239: {@code for=192.0.2.60;proto=http} or {@code for="[2001:db8::1]:4711"}; empty when absent. */
    private static String forwardedFor(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase("for")) {
                String value = pair.substring(equals + 1).trim();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "";
    }

    /** An address as proxies write it: bare, {@code ip:port} or {@code [v6]:port}. */
    static Optional<InetAddress> hopAddress(String hop) {
        Matcher v4 = IPV4_WITH_PORT.matcher(hop);
        if (v4.matches()) {
            return literal(v4.group(1));
        }
        Matcher v6 = BRACKETED_IPV6.matcher(hop);
        if (v6.matches()) {
            return literal(v6.group(1));
        }
        return literal(hop);
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

        /** The address with every bit past {@code prefix} cleared, as text. */
        static String masked(byte[] bytes, int prefix) {
            byte[] network = bytes.clone();
            for (int bit = prefix; bit < network.length * 8; bit++) {
                network[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
            }
            try {
                return InetAddress.getByAddress(network).getHostAddress();
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are an IPv6 address", e);
            }
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
