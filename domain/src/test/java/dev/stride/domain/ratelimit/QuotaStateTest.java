package dev.stride.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaStateTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Quota QUOTA = new Quota("caller", "user:1", 3, Duration.ofMinutes(1));

    @Test
    void anUnusedQuotaIsWholeAndNeedsNoReset() {
        QuotaState state = QuotaState.of(QUOTA, WindowUsage.EMPTY, NOW);

        assertThat(state.remaining()).isEqualTo(3);
        assertThat(state.resetSeconds()).isZero();
        assertThat(state.retryAfterSeconds()).isZero();
        assertThat(state.exhausted()).isFalse();
    }

    @Test
    void resetIsWhenTheNewestHitLeavesTheWindow() {
        WindowUsage usage = new WindowUsage(2, NOW.minusSeconds(50), NOW.minusMillis(10_500));

        QuotaState state = QuotaState.of(QUOTA, usage, NOW);

        assertThat(state.remaining()).isEqualTo(1);
        assertThat(state.resetAfter()).isEqualTo(Duration.ofMillis(49_500));
        assertThat(state.resetSeconds()).isEqualTo(50);
        assertThat(state.retryAfterSeconds()).isZero();
    }

    @Test
    void anExhaustedQuotaMayRetryWhenItsOldestHitLeaves() {
        WindowUsage usage = new WindowUsage(3, NOW.minusMillis(59_001), NOW);

        QuotaState state = QuotaState.of(QUOTA, usage, NOW);

        assertThat(state.exhausted()).isTrue();
        assertThat(state.retryAfter()).isEqualTo(Duration.ofMillis(999));
        assertThat(state.retryAfterSeconds()).isEqualTo(1);
        assertThat(state.resetSeconds()).isEqualTo(60);
    }

    @Test
    void anExhaustedQuotaNeverSaysRetryNow() {
        WindowUsage usage = new WindowUsage(3, NOW.minusSeconds(60), NOW.minusSeconds(60));

        assertThat(QuotaState.of(QUOTA, usage, NOW).retryAfterSeconds()).isEqualTo(1);
    }
}
