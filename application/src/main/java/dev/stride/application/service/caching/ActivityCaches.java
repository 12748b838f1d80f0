package dev.stride.application.service.caching;

import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.ResultCache;
import dev.stride.application.port.out.ResultCache.Versioned;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The caches of activities and what is derived from them, and the one rule that keeps them from ever serving a
 * stale value: every entry carries the owner's {@link DataVersions data version} as it was read <em>before</em> the
 * value was loaded, and is answered only while that is still the owner's current version. Every write of an
 * activity bumps the owner's version in the database, in the write's own transaction, and returns only once no
 * replica trusts a version read before its commit ({@link VersionLeases}). So once a write has returned, every
 * reader on every replica gets the new version (a primary-key read, shared by the owner's requests within a few
 * milliseconds) and passes over whatever was cached before, whether or not the cache could be reached during the
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
    private final CacheEvents events;
    private final boolean caching;
    final Region<Activity> activity;
    final Region<Page<Activity>> lists;
    final Region<Statistics> statistics;
    final Region<Summary> summaries;

    public ActivityCaches(DataVersions versions, ResultCache<Activity> activity, ResultCache<Page<Activity>> lists,
            ResultCache<Statistics> statistics, ResultCache<Summary> summaries, CachePolicy policy,
            CacheEvents events) {
        this.versions = versions;
        this.leases = new VersionLeases(policy.versionLease(), VersionLeases.Ticker.SYSTEM);
        this.events = events;
        this.caching = true;
        this.activity = new Region<>(ACTIVITY, activity, policy.activityTtl());
        this.lists = new Region<>(ACTIVITIES, lists, policy.listTtl());
        this.statistics = new Region<>(STATS, statistics, policy.statisticsTtl());
        this.summaries = new Region<>(STATS, summaries, policy.statisticsTtl());
    }

    private ActivityCaches(DataVersions versions, Duration versionLease) {
        this.versions = versions;
        this.leases = new VersionLeases(versionLease, VersionLeases.Ticker.SYSTEM);
        this.events = CacheEvents.NONE;
        this.caching = false;
        this.activity = null;
        this.lists = null;
        this.statistics = null;
        this.summaries = null;
    }

    /**
     * Caching turned off: writes still bump the data versions (so entries cached before caching was turned off are
     * never served once it is turned on again) and wait out the version lease (replicas that still cache, during a
     * rolling change of the setting, may trust a version that long), but nothing is read from or written to a cache.
     */
    public static ActivityCaches versionsOnly(DataVersions versions, Duration versionLease) {
        return new ActivityCaches(versions, versionLease);
    }

    static String activityKey(ActivityId id) {
        return "activity:" + id;
    }

    /**
     * The owner's version, as read from the database at most a version lease ago (see {@link VersionLeases}): never
     * older than the last write that returned.
     */
    long currentVersion(UserId owner) {
        return leases.current(owner, () -> versions.current(owner));
    }

    /** Call inside the write's transaction. */
    long bump(UserId owner) {
        return versions.bump(owner);
    }

    /**
     * Write-through after a creation has committed; returns once no replica trusts a version read before the commit
     * any more.
     */
    void created(Activity created, long version) {
        leases.committed(created.ownerId());
        if (!caching) {
            return;
        }
        quietly(() -> activity.cache.put(activityKey(created.id()), new Versioned<>(version, created),
                activity.ttl));
    }

    /**
     * After a change of the owner's activity has committed: its entry is already unreachable (older version); this
     * frees it early. Returns once no replica trusts a version read before the commit any more.
     */
    void changed(UserId owner, ActivityId id) {
        leases.committed(owner);
        if (!caching) {
            return;
        }
        quietly(() -> activity.cache.remove(activityKey(id)));
    }

    /**
     * The cached value of {@code key} when it was stored at {@code version} and {@code usable}; otherwise the
     * loader's answer, stored at {@code version} when present and {@code cacheable}. Concurrent misses of one key
     * and version share one load.
     */
    <V> Optional<V> read(Region<V> region, String key, long version, Predicate<V> usable,
            Supplier<Optional<V>> loader, Predicate<V> cacheable) {
        if (!caching) {
            return loader.get();
        }
        Optional<Versioned<V>> cached = region.lookUp(key);
        if (cached.isPresent() && cached.get().version() == version && usable.test(cached.get().value())) {
            events.hit(region.name);
            return Optional.of(cached.get().value());
        }
        events.miss(region.name);
        return region.flight.load(version + "|" + key, () -> {
            long started = System.nanoTime();
            Optional<V> loaded = loader.get();
            events.loaded(region.name, Duration.ofNanos(System.nanoTime() - started));
            loaded.filter(cacheable).ifPresent(value ->
                    quietly(() -> region.cache.put(key, new Versioned<>(version, value), region.ttl)));
            return loaded;
        });
    }

    private static void quietly(Runnable cacheCall) {
        try {
            cacheCall.run();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "cache call failed; the source stays authoritative", e);
        }
    }

    static final class Region<V> {

        final String name;
        final ResultCache<V> cache;
        final Duration ttl;
        final SingleFlight<Optional<V>> flight = new SingleFlight<>();

        Region(String name, ResultCache<V> cache, Duration ttl) {
            this.name = name;
            this.cache = cache;
            this.ttl = ttl;
        }

        Optional<Versioned<V>> lookUp(String key) {
            try {
                return cache.get(key);
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "cache read failed; treated as a miss", e);
                return Optional.empty();
            }
        }
    }
}
