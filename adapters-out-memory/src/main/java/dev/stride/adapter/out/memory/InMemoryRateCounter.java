package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rate counters in this process: the embedded default, and every replica's stand-in while Redis is unreachable.
 * Each counter is a queue of hit times, oldest first, never longer than its quota's limit. One lock keeps a
 * multi-quota admission atomic; the work under it is a few queue operations per quota. {@link #removeExpired} (run
 * on a schedule) drops counters whose hits have all left their window, so idle callers cost no memory. At most
 * {@code maxCounters} are kept: beyond, the least recently used one is forgotten (its caller may then get a few
 * requests more), so a flood of new addresses while Redis is down cannot exhaust the heap, and no request fails.
 */
public class InMemoryRateCounter implements RateCounter {

    public static final int DEFAULT_MAX_COUNTERS = 100_000;

    private final Map<String, Log> logs;

    public InMemoryRateCounter() {
        this(DEFAULT_MAX_COUNTERS);
    }

    public InMemoryRateCounter(int maxCounters) {
        if (maxCounters < 1) {
            throw new IllegalArgumentException("maxCounters must be positive");
        }
        this.logs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Log> eldest) {
                return size() > maxCounters;
            }
        };
    }

    @Override
    public synchronized Admission admit(List<Quota> quotas, Instant now) {
        List<Log> selected = new ArrayList<>(quotas.size());
        boolean room = true;
        for (Quota quota : quotas) {
            Log log = logs.computeIfAbsent(quota.key(), key -> new Log());
            log.window = quota.window().toMillis();
            log.forgetBefore(now.minus(quota.window()));
            room &= log.size() < quota.limit();
            selected.add(log);
        }
        if (room) {
            selected.forEach(log -> log.add(now));
        }
        return new Admission(room, selected.stream().map(Log::usage).toList());
    }

    @Override
    public synchronized List<WindowUsage> usage(List<Quota> quotas, Instant now) {
        List<WindowUsage> usages = new ArrayList<>(quotas.size());
        for (Quota quota : quotas) {
            Log log = logs.get(quota.key());
            if (log == null) {
                usages.add(WindowUsage.EMPTY);
            } else {
                log.forgetBefore(now.minus(quota.window()));
                usages.add(log.usage());
            }
        }
        return usages;
    }

    /** Drops the counters whose every hit has left its window; answers how many. */
    public synchronized int removeExpired(Instant now) {
        int before = logs.size();
        logs.values().removeIf(log -> {
            log.forgetBefore(now.minusMillis(log.window));
            return log.size() == 0;
        });
        return before - logs.size();
    }

    synchronized int counters() {
        return logs.size();
    }

    /** The hits of one counter, oldest first. */
    private static final class Log {

        private final Deque<Instant> hits = new ArrayDeque<>();
        /** The window of the quota that last used this counter, for {@link #removeExpired}. */
        private long window;

        /** A hit counts while it is less than a window old: hits at or before {@code horizon} are gone. */
        void forgetBefore(Instant horizon) {
            while (!hits.isEmpty() && !hits.peekFirst().isAfter(horizon)) {
                hits.removeFirst();
            }
        }

        int size() {
            return hits.size();
        }

        /**
         * Callers read the clock before they take the lock, so a hit can arrive stamped a little earlier than the
         * newest one here; it is counted at the newest time instead, which keeps the log in order and expires it
         * no sooner than it should.
         */
        void add(Instant hit) {
            Instant newest = hits.peekLast();
            hits.addLast(newest != null && newest.isAfter(hit) ? newest : hit);
        }

        WindowUsage usage() {
            return hits.isEmpty() ? WindowUsage.EMPTY : new WindowUsage(hits.size(), hits.peekFirst(), hits.peekLast());
        }
    }
}
