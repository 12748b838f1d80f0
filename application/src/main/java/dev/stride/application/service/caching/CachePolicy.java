package dev.stride.application.service.caching;

import java.time.Duration;
import java.util.Objects;

/** How long each kind of entry lives: a single activity, a page of a list, statistics (and summaries). */
public record CachePolicy(Duration activityTtl, Duration listTtl, Duration statisticsTtl) {

    public static final CachePolicy DEFAULT = new CachePolicy(Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofMinutes(2));

    public CachePolicy {
        requirePositive(activityTtl, "activityTtl");
        requirePositive(listTtl, "listTtl");
        requirePositive(statisticsTtl, "statisticsTtl");
    }

    private static void requirePositive(Duration ttl, String name) {
        Objects.requireNonNull(ttl, name);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
