package dev.stride.application.service.caching;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each kind of entry lives (a single activity, a page of a list, statistics and summaries), and how long
 * a replica trusts a user's data version once read ({@link VersionLeases}: every write waits that long after its
 * commit; zero reads the version for every request).
 */
public record CachePolicy(Duration activityTtl, Duration listTtl, Duration statisticsTtl, Duration versionLease) {

    public static final CachePolicy DEFAULT = new CachePolicy(Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofMinutes(2), Duration.ofMillis(5));

    public CachePolicy {
        requirePositive(activityTtl, "activityTtl");
        requirePositive(listTtl, "listTtl");
        requirePositive(statisticsTtl, "statisticsTtl");
        Objects.requireNonNull(versionLease, "versionLease");
        if (versionLease.isNegative()) {
            throw new IllegalArgumentException("versionLease must not be negative");
        }
    }

    private static void requirePositive(Duration ttl, String name) {
        Objects.requireNonNull(ttl, name);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
