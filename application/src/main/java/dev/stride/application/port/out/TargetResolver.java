package dev.stride.application.port.out;

import java.net.InetAddress;
import java.util.List;

/** Looks a host name up (DNS): what addresses a webhook target would be reached at. */
public interface TargetResolver {

    /** Every address of the host, or none when it does not resolve. A literal address resolves to itself. */
    List<InetAddress> resolve(String host);
}
