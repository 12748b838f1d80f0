package dev.stride.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may be delivered to. A delivery must never reach into the network Stride runs in
 * (server-side request forgery): loopback, private, link-local (cloud metadata at 169.254.169.254 included),
 * unique-local, carrier-grade NAT, multicast, unspecified and reserved addresses are refused, also when they hide
 * in an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address.
 */
public final class TargetAddresses {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private TargetAddresses() {
    }

    /** The address a host names literally ({@code 10.0.0.1}, {@code ::1}), without asking DNS; empty for a name. */
    public static Optional<InetAddress> literal(String host) {
        if (!IPV4_LITERAL.matcher(host).matches() && !IPV6_LITERAL.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            // A literal is parsed, never looked up.
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a host with these addresses may not be delivered to, or empty when it may: it must resolve, and unless
     * private targets are allowed, every address must be public (one internal address refuses the host as a whole).
     * Checked when a subscription is made and again at every attempt.
     */
    public static Optional<String> refusal(List<InetAddress> addresses, boolean allowPrivateTargets) {
        if (addresses.isEmpty()) {
            return Optional.of("the host does not resolve");
        }
        if (!allowPrivateTargets && !addresses.stream().allMatch(TargetAddresses::isPublic)) {
            return Optional.of("the host resolves to a loopback, private, link-local or otherwise internal address");
        }
        return Optional.empty();
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0 // "this network"
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, Alibaba's metadata
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local fc00::/7 (AWS metadata fd00:ec2::254 included)
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) { // link local fe80::/10
            return false;
        }
        if (first == 0xff) {
            return false;
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // ::ffff:a.b.c.d
            return isPublicIpv4(tail(b));
        }
        if (isZero(b, 0, 12)) { // ::a.b.c.d, :: and ::1
            return false;
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) { // NAT64 64:ff9b::/96
            return isPublicIpv4(tail(b));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002::/16 embeds an IPv4 address
            return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        return true;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
