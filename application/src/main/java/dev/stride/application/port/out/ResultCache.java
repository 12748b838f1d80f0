package dev.stride.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * A cache of read results, shared by every replica when it is remote. Entries expire after their TTL. A cache is an
 * optimisation, never a source of truth: an adapter may forget any entry at any time, and an entry it cannot read
 * back is answered as absent. Failures to reach the cache surface as {@link CacheUnavailableException}.
 */
public interface ResultCache<V> {

    Optional<Versioned<V>> get(String key);

    /**
     * The entry when this process holds it and can answer at once: no round trip, no blocking, so that a request
     * can be served on the thread that received it. Empty says nothing about the cache (ask {@link #get}); present,
     * it is what {@link #get} would answer.
     */
    default Optional<Versioned<V>> atHand(String key) {
        return Optional.empty();
    }

    void put(String key, Versioned<V> entry, Duration ttl);

    void remove(String key);

    /** A cached value with the {@link DataVersions data version} its owner had when the value was read. */
    record Versioned<V>(long version, V value) {

        public Versioned {
            java.util.Objects.requireNonNull(value, "value");
        }
    }
}
