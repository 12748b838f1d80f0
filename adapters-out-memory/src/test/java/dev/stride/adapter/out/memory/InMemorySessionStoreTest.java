package dev.stride.adapter.out.memory;

import dev.stride.testing.ManualTimeSource;

import dev.stride.application.port.out.SessionStore;
import dev.stride.testing.contract.SessionStoreContract;
import java.time.Duration;
import java.time.Instant;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2024-03-01T08:00:00Z"));
    private final InMemorySessionStore store = new InMemorySessionStore(time);

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void elapse(Duration duration) {
        time.advance(duration);
    }
}
