package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ResultCache;
import java.time.Duration;
import java.util.Optional;

/**
 * A shared cache (Redis) with copies of the entries this process used lately kept in front of it, in memory. A read
 * the copies answer costs no round trip and no decoding. Copies are safe because readers never trust an entry
 * blindly: every entry carries its owner's data version and is answered only while that is the owner's current
 * version, as the database had it at most a version lease (a few milliseconds) ago, and never older than a write
 * that returned. A copy that another replica's write made obsolete is therefore
 * passed over like any stale entry (and replaced by the reload). The copies live at most {@code nearTtl} (or the
 * entry's own TTL, if shorter) and are bounded in number like any {@link InMemoryResultCache}.
 */
public class NearResultCache<V> implements ResultCache<V> {

    private final InMemoryResultCache<V> near;
    private final ResultCache<V> shared;
    private final Duration nearTtl;

    public NearResultCache(InMemoryResultCache<V> near, ResultCache<V> shared, Duration nearTtl) {
        if (nearTtl.isNegative() || nearTtl.isZero()) {
            throw new IllegalArgumentException("nearTtl must be positive");
        }
        this.near = near;
        this.shared = shared;
        this.nearTtl = nearTtl;
    }

    @Override
    public Optional<Versioned<V>> get(String key) {
        Optional<Versioned<V>> copy = near.get(key);
        if (copy.isPresent()) {
            return copy;
        }
        Optional<Versioned<V>> entry = shared.get(key);
        entry.ifPresent(found -> near.put(key, found, nearTtl));
        return entry;
    }

    /** The near copy, if there is one: the shared cache is a round trip away. */
    @Override
    public Optional<Versioned<V>> atHand(String key) {
        return near.get(key);
    }

    @Override
    public void put(String key, Versioned<V> entry, Duration ttl) {
        near.put(key, entry, ttl.compareTo(nearTtl) < 0 ? ttl : nearTtl);
        shared.put(key, entry, ttl);
    }

    @Override
    public void remove(String key) {
        near.remove(key);
        shared.remove(key);
    }
}
