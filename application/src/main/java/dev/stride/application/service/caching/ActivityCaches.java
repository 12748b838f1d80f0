package dev.stride.application.service.caching;

import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.port.out.DataVersionWatch;
import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.ResultCache.Versioned;
import dev.stride.application.port.out.ResultCache;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The caches of activities and what is derived from them, and the one rule that keeps them from ever serving a
 * stale value: every entry carries the owner's {@link DataVersions data version} as it was read <em>before</em> the
 * value was loaded, and is answered only while that is still the owner's current version. Every write of an
 * activity bumps the owner's version in the database, in the write's own transaction, and returns only once no
 * replica trusts a version read before its commit ({@link VersionLeases}). So once a write has returned, every
 * reader on every replica gets the new version (a primary-key read, shared by the owner's requests within a lease,
 * or none at all while a {@link DataVersionWatch} vouches that the version has not changed) and passes over
 * whatever was cached before, whether or not the cache could be reached during the
 * write: an invalidation that fails cannot leave a stale entry behind, because nothing depends on it. A version kept
 * in the cache itself could not promise that, since it cannot be bumped while the cache is unreachable. Evicting
 * after a write only frees memory early.
 *
 * <p>Keys: {@code activity:{id}} (the owner is checked on read), {@code activities:{owner}:v{version}:{query}},
 * {@code stats:{owner}:v{version}:{query}}. A failing cache is a miss: requests are then served from the source.
 */
public final class ActivityCaches {

    public static final String ACTIVITY = "activity";
    public static final String ACTIVITIES = "activities";
    public static final String STATS = "stats";

    private static final System.Logger LOG = System.getLogger(ActivityCaches.class.getName());

    private final DataVersions versions;
    private final VersionLeases leases;
    final Region<Activity> activity;
    final Region<Page<Activity>> lists;
    final Region<Statistics> statistics;
    final Region<Summary> summaries;

    public ActivityCaches(DataVersions versions, ResultCache<Activity> activity, ResultCache<Page<Activity>> lists,
            ResultCache<Statistics> statistics, ResultCache<Summary> summaries, CachePolicy policy,
            CacheEvents events) {
        this(versions, DataVersionWatch.NONE, activity, lists, statistics, summaries, policy, events);
    }

    /** With news of version changes: a version read is trusted beyond its lease while the watch vouches for it. */
    public ActivityCaches(DataVersions versions, DataVersionWatch watch, ResultCache<Activity> activity,
            ResultCache<Page<Activity>> lists, ResultCache<Statistics> statistics, ResultCache<Summary> summaries,
            CachePolicy policy, CacheEvents events) {
        this(versions, new VersionLeases(policy.versionLease(), VersionLeases.Ticker.SYSTEM, watch),
                new CachingRegion<>(ACTIVITY, activity, policy.activityTtl(), events),
                new CachingRegion<>(ACTIVITIES, lists, policy.listTtl(), events),
                new CachingRegion<>(STATS, statistics, policy.statisticsTtl(), events),
                new CachingRegion<>(STATS, summaries, policy.statisticsTtl(), events));
    }

    private ActivityCaches(DataVersions versions, VersionLeases leases, Region<Activity> activity,
            Region<Page<Activity>> lists, Region<Statistics> statistics, Region<Summary> summaries) {
        this.versions = versions;
        this.leases = leases;
        this.activity = activity;
        this.lists = lists;
        this.statistics = statistics;
        this.summaries = summaries;
    }

    /**
     * Caching turned off: every read goes to the source (no version read, no cache call), while writes still bump
     * the data versions (so entries cached before caching was turned off are never served once it is turned on
     * again) and wait out the version lease (replicas that still cache, during a rolling change of the setting, may
     * trust a version that long).
     */
    public static ActivityCaches versionsOnly(DataVersions versions, Duration versionLease) {
        return new ActivityCaches(versions, new VersionLeases(versionLease, VersionLeases.Ticker.SYSTEM),
                new PassThrough<>(), new PassThrough<>(),
                new PassThrough<>(), new PassThrough<>());
    }

    static String activityKey(ActivityId id) {
        return "activity:" + id;
    }

    /** Call inside the write's transaction: every entry of the owner cached before is outdated at its commit. */
    public long bump(UserId owner) {
        return versions.bump(owner);
    }

    /**
     * Write-through after a creation has committed; returns once no replica trusts a version read before the commit
     * any more.
     */
    public void created(Activity created, long version) {
        leases.committed(created.ownerId());
        activity.put(activityKey(created.id()), version, created);
    }

    /**
     * After a change of the owner's activity has committed: its entry is already unreachable (older version); this
     * frees it early. Returns once no replica trusts a version read before the commit any more.
     */
    public void changed(UserId owner, ActivityId id) {
        leases.committed(owner);
        activity.remove(activityKey(id));
    }

    /**
     * The owner's value for the key that {@code key} makes of the owner's current data version: the cached one when
     * it was stored at that version and is {@code usable}; otherwise the loader's answer, stored at that version when
     * present and {@code cacheable}. Concurrent misses of one key and version share one load.
     */
    <V> Optional<V> read(Region<V> region, UserId owner, LongFunction<String> key, Predicate<V> usable,
            Supplier<Optional<V>> loader, Predicate<V> cacheable) {
        return region.read(() -> currentVersion(owner), key, usable, loader, cacheable);
    }

    /**
     * What {@link #read} would answer, when this replica can tell at once: the owner's version is trusted without
     * a read and the entry at that version is at hand ({@link ResultCache#atHand}). Empty when it cannot: then
     * {@link #read}, on a thread that may block.
     */
    <V> Optional<V> atHand(Region<V> region, UserId owner, LongFunction<String> key, Predicate<V> usable) {
        OptionalLong version = leases.known(owner);
        return version.isPresent() ? region.atHand(version.getAsLong(), key, usable) : Optional.empty();
    }

    /**
     * The owner's version, as read from the database at most a version lease ago (see {@link VersionLeases}): never
     * older than the last write that returned.
     */
    private long currentVersion(UserId owner) {
        return leases.current(owner, () -> versions.current(owner));
    }

    /** One kind of entry: it is cached, or every read goes to its source. */
    interface Region<V> {

        Optional<V> read(LongSupplier version, LongFunction<String> key, Predicate<V> usable,
                Supplier<Optional<V>> loader, Predicate<V> cacheable);

        /** The entry stored at {@code version} if it is at hand and {@code usable}. */
        Optional<V> atHand(long version, LongFunction<String> key, Predicate<V> usable);

        void put(String key, long version, V value);

        void remove(String key);
    }

    /** The no-op cache of caching turned off. */
    private static final class PassThrough<V> implements Region<V> {

        @Override
        public Optional<V> read(LongSupplier version, LongFunction<String> key, Predicate<V> usable,
                Supplier<Optional<V>> loader, Predicate<V> cacheable) {
            return loader.get();
        }

        @Override
        public Optional<V> atHand(long version, LongFunction<String> key, Predicate<V> usable) {
            return Optional.empty();
        }

        @Override
        public void put(String key, long version, V value) {
        }

        @Override
        public void remove(String key) {
        }
    }

    /** Entries in a cache store, each carrying the owner's data version it was loaded at. A failing store is a miss. */
    private static final class CachingRegion<V> implements Region<V> {

        private final String name;
        private final ResultCache<V> cache;
        private final Duration ttl;
        private final CacheEvents events;
        private final SingleFlight<Optional<V>> flight = new SingleFlight<>();

        CachingRegion(String name, ResultCache<V> cache, Duration ttl, CacheEvents events) {
            this.name = name;
            this.cache = cache;
            this.ttl = ttl;
            this.events = events;
        }

        @Override
        public Optional<V> read(LongSupplier currentVersion, LongFunction<String> keyAt, Predicate<V> usable,
                Supplier<Optional<V>> loader, Predicate<V> cacheable) {
            long version = currentVersion.getAsLong();
            String key = keyAt.apply(version);
            Optional<Versioned<V>> cached = lookUp(key);
            if (cached.isPresent() && cached.get().version() == version && usable.test(cached.get().value())) {
                events.hit(name);
                return Optional.of(cached.get().value());
            }
            events.miss(name);
            return flight.load(version + "|" + key, () -> {
                long started = System.nanoTime();
                Optional<V> loaded = loader.get();
                events.loaded(name, Duration.ofNanos(System.nanoTime() - started));
                loaded.filter(cacheable).ifPresent(value -> put(key, version, value));
                return loaded;
            });
        }

        @Override
        public Optional<V> atHand(long version, LongFunction<String> keyAt, Predicate<V> usable) {
            Optional<V> held = cache.atHand(keyAt.apply(version))
                    .filter(entry -> entry.version() == version && usable.test(entry.value()))
                    .map(Versioned::value);
            held.ifPresent(value -> events.hit(name));
            return held;
        }

        @Override
        public void put(String key, long version, V value) {
            quietly(() -> cache.put(key, new Versioned<>(version, value), ttl));
        }

        @Override
        public void remove(String key) {
            quietly(() -> cache.remove(key));
        }

        private Optional<Versioned<V>> lookUp(String key) {
            try {
                return cache.get(key);
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "cache read failed; treated as a miss", e);
                return Optional.empty();
            }
        }

        private static void quietly(Runnable cacheCall) {
            try {
                cacheCall.run();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "cache call failed; the source stays authoritative", e);
            }
        }
    }
}
