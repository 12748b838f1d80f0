package dev.stride.adapter.out.webhooks;

import dev.stride.application.port.out.TargetResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The JVM's resolver: the system's DNS and hosts file, with the JVM's (short) cache of answers. */
public class DnsTargetResolver implements TargetResolver {

    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
