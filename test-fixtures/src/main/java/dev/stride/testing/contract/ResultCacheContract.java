package dev.stride.testing.contract;

import dev.stride.application.port.out.ResultCache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ResultCache.Versioned;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ResultCache} must do, shown with cached activities. Keys are fresh in every test: the cache may
 * be shared with other runs.
 */
public abstract class ResultCacheContract {

    protected static final Duration LONG = Duration.ofMinutes(5);

    protected abstract ResultCache<Activity> cache();

    /** Lets time pass for the cache: a manual clock is moved, a real server is waited for. */
    protected abstract void elapse(Duration duration);

    /** A TTL short enough to wait out, long enough for several round trips. */
    protected Duration shortTtl() {
        return Duration.ofMillis(500);
    }

    protected static String freshKey() {
        return "activity:" + UUID.randomUUID();
    }

    protected static Activity anActivity() {
        return ContractFixtures.activity(UserId.newId(),
                ContractFixtures.details("running", LocalDate.of(2024, 2, 28), "morning", "easy"), ContractFixtures.T0);
    }

    @Test
    void anUnknownKeyIsAMiss() {
        assertThat(cache().get(freshKey())).isEmpty();
    }

    @Test
    void answersWhatWasPutWithItsVersion() {
        String key = freshKey();
        Activity activity = anActivity();

        cache().put(key, new Versioned<>(7, activity), LONG);

        Versioned<Activity> cached = cache().get(key).orElseThrow();
        assertThat(cached.version()).isEqualTo(7);
        assertThat(cached.value()).usingRecursiveComparison().isEqualTo(activity);
    }

    @Test
    void aLaterPutReplacesTheEntry() {
        String key = freshKey();
        cache().put(key, new Versioned<>(1, anActivity()), LONG);
        Activity newer = anActivity();

        cache().put(key, new Versioned<>(2, newer), LONG);

        assertThat(cache().get(key).orElseThrow().version()).isEqualTo(2);
        assertThat(cache().get(key).orElseThrow().value().id()).isEqualTo(newer.id());
    }

    @Test
    void aRemovedEntryIsAMiss() {
        String key = freshKey();
        cache().put(key, new Versioned<>(1, anActivity()), LONG);

        cache().remove(key);

        assertThat(cache().get(key)).isEmpty();
    }

    @Test
    void removingAnUnknownKeyIsHarmless() {
        cache().remove(freshKey());
    }

    @Test
    void anEntryExpiresAfterItsTtl() {
        String key = freshKey();
        String lasting = freshKey();
        cache().put(key, new Versioned<>(1, anActivity()), shortTtl());
        cache().put(lasting, new Versioned<>(1, anActivity()), LONG);

        elapse(shortTtl().multipliedBy(2));

        assertThat(cache().get(key)).isEmpty();
        assertThat(cache().atHand(key)).isEmpty();
        assertThat(cache().get(lasting)).isPresent();
    }

    @Test
    void whatIsAtHandIsWhatGetAnswers() {
        String key = freshKey();
        cache().put(key, new Versioned<>(1, anActivity()), LONG);
        Activity newer = anActivity();
        cache().put(key, new Versioned<>(2, newer), LONG);

        cache().get(key);

        cache().atHand(key).ifPresent(held -> {
            assertThat(held.version()).isEqualTo(2);
            assertThat(held.value().id()).isEqualTo(newer.id());
        });
    }

    @Test
    void aRemovedEntryIsNotAtHand() {
        String key = freshKey();
        cache().put(key, new Versioned<>(1, anActivity()), LONG);
        cache().get(key);

        cache().remove(key);

        assertThat(cache().atHand(key)).isEmpty();
    }

    @Test
    void anUnknownKeyIsNotAtHand() {
        assertThat(cache().atHand(freshKey())).isEmpty();
    }
}
