package dev.stride.application.service.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One circuit breaker per receiver ({@code host:port}), in this replica's memory. After {@code threshold}
 * consecutive failures (no answer, or a 5xx or 429) the breaker opens: for {@code openFor}, deliveries to that
 * receiver are put off without an attempt, so a dead receiver cannot keep the workers waiting on its timeouts.
 * Then one trial attempt goes through (half open): success closes the breaker, failure opens it again.
 */
public class TargetBreakers {

    /** Receivers this replica remembers; the least recently used are forgotten beyond it. */
    private static final int MAX_TARGETS = 10_000;

    private final int threshold;
    private final Duration openFor;
    private final Map<String, State> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_TARGETS;
        }
    };

    public TargetBreakers(int threshold, Duration openFor) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is at least 1");
        }
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /**
     * Whether an attempt to the target may go now; empty if so, else until when it is open. Letting the half-open
     * trial through re-arms the breaker, so concurrent workers do not all try at once.
     */
    public synchronized Optional<Instant> openUntil(String target, Instant now) {
        State state = states.get(target);
        if (state == null || state.failures < threshold) {
            return Optional.empty();
        }
        if (now.isBefore(state.openUntil)) {
            return Optional.of(state.openUntil);
        }
        state.openUntil = now.plus(openFor);
        return Optional.empty();
    }

    public synchronized void succeeded(String target) {
        states.remove(target);
    }

    public synchronized void failed(String target, Instant now) {
        State state = states.computeIfAbsent(target, key -> new State());
        state.failures++;
        if (state.failures >= threshold) {
            state.openUntil = now.plus(openFor);
        }
    }

    private static final class State {
        private int failures;
        private Instant openUntil = Instant.MIN;
    }
}
