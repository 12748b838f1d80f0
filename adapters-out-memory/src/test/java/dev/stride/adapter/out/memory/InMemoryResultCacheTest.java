package dev.stride.adapter.out.memory;

import dev.stride.testing.ManualTimeSource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ResultCache;
import dev.stride.application.port.out.ResultCache.Versioned;
import dev.stride.testing.contract.ResultCacheContract;
import dev.stride.domain.activity.Activity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryResultCacheTest extends ResultCacheContract {

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2024-03-01T08:00:00Z"));
    private final InMemoryResultCache<Activity> cache = new InMemoryResultCache<>(time, 1000);

    @Override
    protected ResultCache<Activity> cache() {
        return cache;
    }

    @Override
    protected void elapse(Duration duration) {
        time.advance(duration);
    }

    @Test
    void everyEntryIsAtHand() {
        String key = freshKey();

        cache().put(key, new Versioned<>(4, anActivity()), LONG);

        assertThat(cache().atHand(key).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void holdsNoMoreThanItsMaximumDroppingThoseClosestToExpiring() {
        InMemoryResultCache<Activity> small = new InMemoryResultCache<>(time, 3);
        small.put("a", new Versioned<>(1, anActivity()), Duration.ofMinutes(1));
        small.put("b", new Versioned<>(1, anActivity()), Duration.ofMinutes(5));
        small.put("c", new Versioned<>(1, anActivity()), Duration.ofMinutes(5));

        small.put("d", new Versioned<>(1, anActivity()), Duration.ofMinutes(5));

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.get("a")).isEmpty();
        assertThat(small.get("d")).isPresent();
    }

    @Test
    void replacingAnEntryWhenFullKeepsTheOthers() {
        InMemoryResultCache<Activity> small = new InMemoryResultCache<>(time, 2);
        small.put("a", new Versioned<>(1, anActivity()), Duration.ofMinutes(1));
        small.put("b", new Versioned<>(1, anActivity()), Duration.ofMinutes(1));

        small.put("a", new Versioned<>(2, anActivity()), Duration.ofMinutes(1));

        assertThat(small.get("a").orElseThrow().version()).isEqualTo(2);
        assertThat(small.get("b")).isPresent();
    }

    @Test
    void theCleanupFreesExpiredEntriesOnly() {
        cache.put("short", new Versioned<>(1, anActivity()), Duration.ofSeconds(10));
        cache.put("long", new Versioned<>(1, anActivity()), Duration.ofMinutes(10));
        time.advance(Duration.ofSeconds(10));

        assertThat(cache.removeExpired()).isEqualTo(1);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("long")).isPresent();
    }

    @Test
    void aFullCacheFreesATenthOfItsRoomAtOnce() {
        InMemoryResultCache<Activity> full = new InMemoryResultCache<>(time, 20);
        for (int i = 0; i < 20; i++) {
            full.put("k" + i, new Versioned<>(1, anActivity()), Duration.ofMinutes(1 + i));
        }

        full.put("new", new Versioned<>(1, anActivity()), Duration.ofMinutes(5));

        assertThat(full.size()).isEqualTo(19);
        assertThat(full.get("k0")).isEmpty();
        assertThat(full.get("k1")).isEmpty();
        assertThat(full.get("k2")).isPresent();
        assertThat(full.get("new")).isPresent();
    }
}
