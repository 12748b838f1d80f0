package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.TargetResolver;
import dev.stride.domain.webhook.TargetAddresses;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DNS of its own: the hosts it was told about, and literal addresses (which need no lookup). A test changes an
 * answer with {@link #answer} to play DNS rebinding.
 */
public class InMemoryTargetResolver implements TargetResolver {

    private final Map<String, List<InetAddress>> hosts = new ConcurrentHashMap<>();

    public void answer(String host, InetAddress... addresses) {
        hosts.put(host.toLowerCase(Locale.ROOT), List.of(addresses));
    }

    @Override
    public List<InetAddress> resolve(String host) {
        List<InetAddress> known = hosts.get(host.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return TargetAddresses.literal(host).map(List::of).orElse(List.of());
    }
}
