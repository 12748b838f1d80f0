package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ResultCache;
import dev.stride.application.port.out.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache in this process only (the embedded mode, and a replica's near copies of Redis entries), holding at most
 * {@code maxEntries}: when full, expired entries go first, then those closest to expiring. Expired entries are never
 * answered; {@link #removeExpired} (run on a schedule) frees their memory.
 */
public class InMemoryResultCache<V> implements ResultCache<V> {

    private final TimeSource time;
    private final int maxEntries;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    public InMemoryResultCache(TimeSource time, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.time = time;
        this.maxEntries = maxEntries;
    }

    @Override
    public Optional<Versioned<V>> get(String key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || !time.now().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Every entry is at hand: this cache is a map in this process. */
    @Override
    public Optional<Versioned<V>> atHand(String key) {
        return get(key);
    }

    @Override
    public synchronized void put(String key, Versioned<V> value, Duration ttl) {
        Instant now = time.now();
        if (!entries.containsKey(key) && entries.size() >= maxEntries) {
            makeRoom(now);
        }
        entries.put(key, new Entry<>(value, now.plus(ttl)));
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    /** Drops every expired entry; answers how many. */
    public int removeExpired() {
        Instant now = time.now();
        int before = entries.size();
        entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        return Math.max(0, before - entries.size());
    }

    public int size() {
        return entries.size();
    }

    /**
     * Frees a tenth of the room at once: a full cache (a replica's copies under steady load) would otherwise sort
     * every entry for each put.
     */
    private void makeRoom(Instant now) {
        removeExpired();
        int excess = entries.size() - maxEntries + Math.max(1, maxEntries / 10);
        if (excess > 0) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getValue().expiresAt()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }

    private record Entry<V>(Versioned<V> value, Instant expiresAt) {
    }
}
