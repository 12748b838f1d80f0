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

class NearResultCacheTest extends ResultCacheContract {

    private static final Duration NEAR_TTL = Duration.ofSeconds(30);

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2024-03-01T08:00:00Z"));
    private final InMemoryResultCache<Activity> shared = new InMemoryResultCache<>(time, 1000);
    private final InMemoryResultCache<Activity> near = new InMemoryResultCache<>(time, 1000);
    private final NearResultCache<Activity> cache = new NearResultCache<>(near, shared, NEAR_TTL);

    @Override
    protected ResultCache<Activity> cache() {
        return cache;
    }

    @Override
    protected void elapse(Duration duration) {
        time.advance(duration);
    }

    @Test
    void anEntryAnotherReplicaPutIsCopiedOnFirstReadAndThenAnsweredFromTheCopy() {
        String key = freshKey();
        shared.put(key, new Versioned<>(3, anActivity()), LONG);

        assertThat(cache.get(key).orElseThrow().version()).isEqualTo(3);
        shared.remove(key);

        assertThat(cache.get(key).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void onlyANearCopyIsAtHand() {
        String key = freshKey();
        shared.put(key, new Versioned<>(3, anActivity()), LONG);

        assertThat(cache.atHand(key)).as("in the shared store only: a round trip away").isEmpty();
        cache.get(key);

        assertThat(cache.atHand(key).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aCopyLivesNoLongerThanTheNearTtl() {
        String key = freshKey();
        shared.put(key, new Versioned<>(3, anActivity()), LONG);
        cache.get(key);

        elapse(NEAR_TTL);

        assertThat(near.get(key)).isEmpty();
        assertThat(cache.get(key)).as("read again from the shared store").isPresent();
    }

    @Test
    void aPutReachesTheSharedStoreWithItsOwnTtl() {
        String key = freshKey();

        cache.put(key, new Versioned<>(1, anActivity()), LONG);
        elapse(NEAR_TTL.plusSeconds(1));

        assertThat(near.get(key)).isEmpty();
        assertThat(shared.get(key)).isPresent();
    }

    @Test
    void aRemovalForgetsTheCopyAndTheSharedEntry() {
        String key = freshKey();
        cache.put(key, new Versioned<>(1, anActivity()), LONG);

        cache.remove(key);

        assertThat(near.get(key)).isEmpty();
        assertThat(shared.get(key)).isEmpty();
    }
}
