package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.ResultCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * A cache store behind the {@link CacheBreaker}, timed and counted: {@code cache_calls_seconds{cache, operation}}
 * and {@code cache_errors_total{cache, operation}}. It never fails: a failed or refused read is a miss, a failed
 * write is skipped (the data version keeps whatever is left in the store from being served stale).
 */
public class GuardedResultCache<V> implements ResultCache<V> {

    private static final Logger LOG = Logger.getLogger(GuardedResultCache.class);

    private final String name;
    private final ResultCache<V> store;
    private final CacheBreaker breaker;
    private final MeterRegistry registry;
    /** By operation: the registry's own look-up builds and hashes the meter's id on every call. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public GuardedResultCache(String name, ResultCache<V> store, CacheBreaker breaker, MeterRegistry registry) {
        this.name = name;
        this.store = store;
        this.breaker = breaker;
        this.registry = registry;
    }

    @Override
    public Optional<Versioned<V>> get(String key) {
        return guarded("get", () -> store.get(key), Optional.empty());
    }

    /**
     * Not through the breaker nor timed: what is at hand costs no call that could fail slowly, and this is asked on
     * the event loop before every {@link #get}.
     */
    @Override
    public Optional<Versioned<V>> atHand(String key) {
        try {
            return store.atHand(key);
        } catch (RuntimeException failure) {
            LOG.debugf("cache %s: nothing at hand: %s", name, RootCause.of(failure));
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Versioned<V> entry, Duration ttl) {
        guarded("put", () -> {
            store.put(key, entry, ttl);
            return null;
        }, null);
    }

    @Override
    public void remove(String key) {
        guarded("remove", () -> {
            store.remove(key);
            return null;
        }, null);
    }


    private <T> T guarded(String operation, Supplier<T> call, T otherwise) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return breaker.call(call);
        } catch (CircuitBreakerOpenException open) {
            registry.counter("cache.errors", "cache", name, "operation", operation, "reason", "circuit_open")
                    .increment();
            LOG.debugf("cache %s %s skipped: circuit open", name, operation);
            return otherwise;
        } catch (RuntimeException failure) {
            registry.counter("cache.errors", "cache", name, "operation", operation, "reason", "failed").increment();
            LOG.warnf("cache %s %s failed, served from the database: %s", name, operation, RootCause.of(failure));
            return otherwise;
        } finally {
            sample.stop(timers.computeIfAbsent(operation,
                    key -> registry.timer("cache.calls", "cache", name, "operation", key)));
        }
    }
}
