package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.domain.user.UserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Announcements within one process: the embedded default, where there is only one replica, and tests that stand two
 * "replicas" side by side in one JVM. Delivery is immediate and never missed, so resync never runs.
 */
public class InMemoryAccountChangeBroadcast implements AccountChangeBroadcast {

    private final List<Consumer<UserId>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(UserId user) {
        listeners.forEach(listener -> listener.accept(user));
    }

    @Override
    public void listen(Consumer<UserId> changed, Runnable resync) {
        listeners.add(changed);
    }
}
