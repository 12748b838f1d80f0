package dev.stride.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.RateCounter.Admission;
import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.testing.contract.RateCounterContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryRateCounterTest extends RateCounterContract {

    private final InMemoryRateCounter counter = new InMemoryRateCounter();

    @Override
    protected RateCounter counter() {
        return counter;
    }

    @Test
    void cleanupDropsCountersThatHaveRefilled() {
        // One hit of 5 per 10 s is back after 2 s; one of 5 per minute after 12 s.
        Quota shortOne = quota(5, Duration.ofSeconds(10));
        Quota longOne = quota(5, MINUTE);
        counter.admit(List.of(shortOne), T0);
        counter.admit(List.of(longOne), T0);

        assertThat(counter.removeExpired(T0.plusSeconds(1))).isZero();
        assertThat(counter.removeExpired(T0.plusSeconds(2))).isEqualTo(1);
        assertThat(counter.counters()).isEqualTo(1);
        assertThat(counter.removeExpired(T0.plusSeconds(12))).isEqualTo(1);
        assertThat(counter.counters()).isZero();
    }

    /** Before, address rotation while Redis was down grew the stand-in counter without bound. */
    @Test
    void keepsAtMostItsBoundForgettingTheLeastRecentlyUsedCounter() {
        InMemoryRateCounter bounded = new InMemoryRateCounter(100);
        Quota busy = quota(1000, MINUTE);
        for (int caller = 0; caller < 10_000; caller++) {
            bounded.admit(List.of(busy), T0);
            Admission admission = bounded.admit(List.of(quota(5, MINUTE)), T0).toCompletableFuture().join();
            assertThat(admission.admitted()).isTrue();
        }

        assertThat(bounded.counters()).isEqualTo(100);
        // The counter used all along is still counting.
        assertThat(bounded.states(List.of(busy), T0).toCompletableFuture().join().get(0).remaining()).isZero();
    }
}
