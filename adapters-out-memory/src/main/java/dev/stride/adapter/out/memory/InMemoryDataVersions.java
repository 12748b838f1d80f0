package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.DataVersions;
import dev.stride.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;

/** Data versions in a map; a participant of {@link InMemoryTransactions}, so a failed write bumps nothing. */
public class InMemoryDataVersions implements DataVersions, MemoryParticipant {

    private Map<UserId, Long> versions = new HashMap<>();

    @Override
    public synchronized long current(UserId user) {
        return versions.getOrDefault(user, 0L);
    }

    @Override
    public synchronized long bump(UserId user) {
        return versions.merge(user, 1L, Long::sum);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(versions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        versions = new HashMap<>((Map<UserId, Long>) snapshot);
    }
}
