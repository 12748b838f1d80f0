package dev.stride.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounter.Admission;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateCounter} must do: GCRA, exactly ({@code dev.stride.domain.ratelimit.Gcra}). Time is
 * whatever the caller says, so nothing here waits. Subjects are fresh in every test: the counter may be shared with
 * other runs.
 */
public abstract class RateCounterContract {

    protected static final Duration MINUTE = Duration.ofMinutes(1);
    protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    protected abstract RateCounter counter();

    protected static Quota quota(int limit, Duration window) {
        return new Quota("contract", UUID.randomUUID().toString(), limit, window);
    }

    protected Admission admission(List<Quota> quotas, Instant at) {
        return counter().admit(quotas, at).toCompletableFuture().join();
    }

    private boolean admit(Quota quota, Instant at) {
        return admission(List.of(quota), at).admitted();
    }

    protected List<QuotaState> states(List<Quota> quotas, Instant at) {
        return counter().states(quotas, at).toCompletableFuture().join();
    }

    private static QuotaState state(Quota quota, int remaining, Duration reset, Duration retry) {
        return new QuotaState(quota, remaining, reset, retry);
    }

    @Test
    void admitsABurstOfTheLimitAndRefusesTheNext() {
        Quota quota = quota(3, MINUTE);

        assertThat(admit(quota, T0)).isTrue();
        assertThat(admit(quota, T0)).isTrue();
        Admission third = admission(List.of(quota), T0);
        Admission fourth = admission(List.of(quota), T0.plusSeconds(1));

        assertThat(third.admitted()).isTrue();
        assertThat(third.states()).containsExactly(state(quota, 0, MINUTE, Duration.ofSeconds(20)));
        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.states())
                .containsExactly(state(quota, 0, Duration.ofSeconds(59), Duration.ofSeconds(19)));
    }

    @Test
    void oneHitComesBackEveryIntervalExactlyNotBefore() {
        Quota quota = quota(2, MINUTE);
        admit(quota, T0);
        admit(quota, T0);

        assertThat(admit(quota, T0.plusSeconds(30).minusMillis(1))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(30))).isTrue();
        assertThat(admit(quota, T0.plusSeconds(31))).isFalse();
        assertThat(states(List.of(quota), T0.plusSeconds(45)))
                .containsExactly(state(quota, 0, Duration.ofSeconds(45), Duration.ofSeconds(15)));
    }

    @Test
    void afterTheBurstTheRateHoldsSoNoWindowBoundaryLetsASecondBurstThrough() {
        // A fixed per-minute window would admit 3 more at 10:01:00; here one comes back every 20 s.
        Quota quota = quota(3, MINUTE);
        for (int i = 0; i < 3; i++) {
            assertThat(admit(quota, T0.plusSeconds(59))).isTrue();
        }

        assertThat(admit(quota, T0.plusSeconds(61))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(79))).isTrue();
        assertThat(admit(quota, T0.plusSeconds(80))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(99))).isTrue();
    }

    @Test
    void refusedHitsAreNotCounted() {
        Quota quota = quota(1, MINUTE);
        admit(quota, T0);
        for (int i = 1; i <= 5; i++) {
            assertThat(admit(quota, T0.plusSeconds(i))).isFalse();
        }

        assertThat(states(List.of(quota), T0.plusSeconds(10)))
                .containsExactly(state(quota, 0, Duration.ofSeconds(50), Duration.ofSeconds(50)));
        assertThat(admit(quota, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aHitIsCountedAgainstEveryQuotaOrAgainstNone() {
        Quota tight = quota(1, MINUTE);
        Quota loose = quota(10, Duration.ofSeconds(10));

        Admission first = admission(List.of(tight, loose), T0);
        Admission second = admission(List.of(tight, loose), T0.plusSeconds(1));

        assertThat(first.admitted()).isTrue();
        assertThat(first.states()).containsExactly(state(tight, 0, MINUTE, MINUTE),
                state(loose, 9, Duration.ofSeconds(1), Duration.ZERO));
        assertThat(second.admitted()).isFalse();
        assertThat(second.states()).containsExactly(state(tight, 0, Duration.ofSeconds(59), Duration.ofSeconds(59)),
                state(loose, 10, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void statesCountNothingAndAnUnknownCounterIsWhole() {
        Quota quota = quota(2, MINUTE);

        assertThat(states(List.of(quota), T0)).containsExactly(state(quota, 2, Duration.ZERO, Duration.ZERO));
        admit(quota, T0);
        for (int i = 0; i < 5; i++) {
            assertThat(states(List.of(quota), T0.plusSeconds(1)))
                    .containsExactly(state(quota, 1, Duration.ofSeconds(29), Duration.ZERO));
        }
        assertThat(admit(quota, T0.plusSeconds(2))).isTrue();
    }

    @Test
    void subjectsAndPoliciesAreCountedApart() {
        Quota mine = quota(1, MINUTE);
        Quota yours = new Quota("contract", UUID.randomUUID().toString(), 1, MINUTE);
        Quota otherPolicy = new Quota("contract-other", mine.subject(), 1, MINUTE);

        assertThat(admit(mine, T0)).isTrue();
        assertThat(admit(yours, T0)).isTrue();
        assertThat(admit(otherPolicy, T0)).isTrue();
        assertThat(admit(mine, T0)).isFalse();
    }

    @Test
    void timeIsCountedToTheMicrosecond() {
        // 1000 per minute: one back every 60 ms.
        Quota quota = quota(1000, MINUTE);
        for (int i = 0; i < 1000; i++) {
            assertThat(admit(quota, T0)).isTrue();
        }
        assertThat(admit(quota, T0.plusNanos(59_999_000))).isFalse();
        assertThat(admit(quota, T0.plusNanos(60_000_000))).isTrue();
        assertThat(states(List.of(quota), T0.plusMillis(61)))
                .containsExactly(state(quota, 0, Duration.ofMillis(59_999), Duration.ofMillis(59)));
    }

    @Test
    void concurrentCallersGetTheWholeBurstAndNotOneHitMore() throws Exception {
        Quota quota = quota(50, MINUTE);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                callers.add(() -> {
                    int admitted = 0;
                    for (int i = 0; i < 10; i++) {
                        if (admit(quota, T0)) {
                            admitted++;
                        }
                    }
                    return admitted;
                });
            }
            int admitted = 0;
            for (Future<Integer> result : threads.invokeAll(callers)) {
                admitted += result.get();
            }
            assertThat(admitted).isEqualTo(50);
            assertThat(states(List.of(quota), T0).get(0).remaining()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
