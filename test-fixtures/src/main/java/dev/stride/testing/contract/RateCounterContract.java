package dev.stride.testing.contract;

import dev.stride.application.port.out.RateCounter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.RateCounter.Admission;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
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
 * What every {@link RateCounter} must do. Time is whatever the caller says, so nothing here waits. Subjects are fresh
 * in every test: the counter may be shared with other runs.
 */
public abstract class RateCounterContract {

    protected static final Duration MINUTE = Duration.ofMinutes(1);
    protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    protected abstract RateCounter counter();

    protected static Quota quota(int limit, Duration window) {
        return new Quota("contract", UUID.randomUUID().toString(), limit, window);
    }

    private boolean admit(Quota quota, Instant at) {
        return counter().admit(List.of(quota), at).admitted();
    }

    @Test
    void admitsUpToTheLimitAndRefusesTheNext() {
        Quota quota = quota(3, MINUTE);

        assertThat(admit(quota, T0)).isTrue();
        assertThat(admit(quota, T0.plusSeconds(1))).isTrue();
        Admission third = counter().admit(List.of(quota), T0.plusSeconds(2));
        Admission fourth = counter().admit(List.of(quota), T0.plusSeconds(3));

        assertThat(third.admitted()).isTrue();
        assertThat(third.usages()).containsExactly(new WindowUsage(3, T0, T0.plusSeconds(2)));
        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.usages()).containsExactly(new WindowUsage(3, T0, T0.plusSeconds(2)));
    }

    @Test
    void aHitLeavesTheWindowExactlyAWindowLaterNotBefore() {
        Quota quota = quota(2, MINUTE);
        admit(quota, T0);
        admit(quota, T0.plusSeconds(30));

        assertThat(admit(quota, T0.plusSeconds(60).minusMillis(1))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(60))).isTrue();
        assertThat(counter().usage(List.of(quota), T0.plusSeconds(60)))
                .containsExactly(new WindowUsage(2, T0.plusSeconds(30), T0.plusSeconds(60)));
    }

    @Test
    void theWindowSlidesSoNoBoundaryLetsABurstThrough() {
        // A fixed per-minute window would admit 3 more at 10:01:00; a sliding one waits for the hits of 10:00:59.
        Quota quota = quota(3, MINUTE);
        for (int i = 0; i < 3; i++) {
            assertThat(admit(quota, T0.plusSeconds(59))).isTrue();
        }

        assertThat(admit(quota, T0.plusSeconds(61))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(118))).isFalse();
        assertThat(admit(quota, T0.plusSeconds(119))).isTrue();
    }

    @Test
    void refusedHitsAreNotCounted() {
        Quota quota = quota(1, MINUTE);
        admit(quota, T0);
        for (int i = 1; i <= 5; i++) {
            assertThat(admit(quota, T0.plusSeconds(i))).isFalse();
        }

        assertThat(counter().usage(List.of(quota), T0.plusSeconds(10))).containsExactly(new WindowUsage(1, T0, T0));
        assertThat(admit(quota, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aHitIsCountedAgainstEveryQuotaOrAgainstNone() {
        Quota tight = quota(1, MINUTE);
        Quota loose = quota(10, Duration.ofSeconds(10));

        Admission first = counter().admit(List.of(tight, loose), T0);
        Admission second = counter().admit(List.of(tight, loose), T0.plusSeconds(1));

        assertThat(first.admitted()).isTrue();
        assertThat(first.usages()).containsExactly(new WindowUsage(1, T0, T0), new WindowUsage(1, T0, T0));
        assertThat(second.admitted()).isFalse();
        assertThat(second.usages()).containsExactly(new WindowUsage(1, T0, T0), new WindowUsage(1, T0, T0));
        // Each quota keeps its own window: the loose one has forgotten the hit, the tight one has not.
        assertThat(counter().usage(List.of(tight, loose), T0.plusSeconds(10)))
                .containsExactly(new WindowUsage(1, T0, T0), WindowUsage.EMPTY);
    }

    @Test
    void usageCountsNothingAndAnUnknownCounterIsEmpty() {
        Quota quota = quota(2, MINUTE);

        assertThat(counter().usage(List.of(quota), T0)).containsExactly(WindowUsage.EMPTY);
        admit(quota, T0);
        for (int i = 0; i < 5; i++) {
            assertThat(counter().usage(List.of(quota), T0.plusSeconds(1))).containsExactly(new WindowUsage(1, T0, T0));
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
    void hitsAtTheSameInstantAreEachCounted() {
        Quota quota = quota(5, MINUTE);
        for (int i = 0; i < 5; i++) {
            assertThat(admit(quota, T0)).isTrue();
        }
        assertThat(admit(quota, T0)).isFalse();
        assertThat(counter().usage(List.of(quota), T0)).containsExactly(new WindowUsage(5, T0, T0));
    }

    @Test
    void concurrentCallersGetTheWholeLimitAndNotOneHitMore() throws Exception {
        Quota quota = quota(50, MINUTE);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                callers.add(() -> {
                    int admitted = 0;
                    for (int i = 0; i < 10; i++) {
                        if (admit(quota, T0.plusMillis(thread * 10L + i))) {
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
            assertThat(counter().usage(List.of(quota), T0.plusSeconds(1)).get(0).count()).isEqualTo(50);
        } finally {
            threads.shutdownNow();
        }
    }
}
