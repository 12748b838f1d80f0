package dev.stride.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GcraTest {

    private static final long NOW = Gcra.micros(Instant.parse("2026-12-01T10:00:00Z"));
    private static final long SECOND = 1_000_000;
    /** 3 per minute: one hit back every 20 s, a burst of 3. */
    private static final Quota QUOTA = new Quota("caller", "user:1", 3, Duration.ofMinutes(1));

    /** Hits at {@code now} until one is refused; answers the TAT after the last admitted one. */
    private static long burst(Quota quota, long tat, long now, int hits) {
        for (int i = 0; i < hits; i++) {
            tat = Gcra.admit(quota, tat, now).orElseThrow();
        }
        return tat;
    }

    @Test
    void theIntervalIsTheWindowSharedByTheLimitAndTheToleranceHoldsTheRestOfABurst() {
        assertThat(QUOTA.intervalMicros()).isEqualTo(20 * SECOND);
        assertThat(QUOTA.toleranceMicros()).isEqualTo(40 * SECOND);
        // 60 s / 7 is no whole number of microseconds: rounded down, so 7 at once still fit in the window.
        Quota seven = new Quota("p", "s", 7, Duration.ofMinutes(1));
        assertThat(seven.intervalMicros()).isEqualTo(8_571_428);
        assertThat(burst(seven, 0, NOW, 7) - NOW).isLessThanOrEqualTo(60 * SECOND);
        assertThat(Gcra.admit(seven, burst(seven, 0, NOW, 7), NOW)).isEmpty();
    }

    @Test
    void aFreshCallerMayBurstTheWholeLimitAndNotOneMore() {
        long tat = burst(QUOTA, 0, NOW, 3);

        assertThat(tat).isEqualTo(NOW + 60 * SECOND);
        assertThat(Gcra.admit(QUOTA, tat, NOW)).isEmpty();
        assertThat(Gcra.admit(QUOTA, tat, NOW + 20 * SECOND - 1)).isEmpty();
        assertThat(Gcra.admit(QUOTA, tat, NOW + 20 * SECOND)).isEqualTo(OptionalLong.of(NOW + 80 * SECOND));
    }

    @Test
    void afterABurstHitsComeBackOnePerInterval() {
        long tat = burst(QUOTA, 0, NOW, 3);
        int admitted = 0;
        for (long at = NOW; at < NOW + 120 * SECOND; at += SECOND) {
            OptionalLong next = Gcra.admit(QUOTA, tat, at);
            if (next.isPresent()) {
                tat = next.getAsLong();
                admitted++;
            }
        }
        // In the two minutes after the burst: one every 20 s, at 20, 40, ..., 100 s: the rate, no second burst.
        assertThat(admitted).isEqualTo(5);
    }

    @Test
    void anIdleCallerIsWholeAgainAndAnOldTatCountsAsNone() {
        long tat = burst(QUOTA, 0, NOW, 3);

        assertThat(burst(QUOTA, tat, NOW + 60 * SECOND, 3)).isEqualTo(NOW + 120 * SECOND);
        assertThat(Gcra.state(QUOTA, NOW - 5 * SECOND, NOW).remaining()).isEqualTo(3);
    }

    @Test
    void anUnusedQuotaIsWholeAndNeedsNoReset() {
        QuotaState state = Gcra.state(QUOTA, 0, NOW);

        assertThat(state.remaining()).isEqualTo(3);
        assertThat(state.resetAfter()).isZero();
        assertThat(state.retryAfterSeconds()).isZero();
        assertThat(state.exhausted()).isFalse();
    }

    @Test
    void remainingIsWhatMayBeSentNowAndResetIsWhenTheQuotaIsWholeAgain() {
        long tat = burst(QUOTA, 0, NOW, 1);

        QuotaState state = Gcra.state(QUOTA, tat, NOW + 5 * SECOND);

        assertThat(state.remaining()).isEqualTo(2);
        assertThat(state.resetAfter()).isEqualTo(Duration.ofSeconds(15));
        assertThat(state.retryAfter()).isZero();
    }

    @Test
    void anExhaustedQuotaMayRetryWhenItsTatIsBackWithinTheTolerance() {
        long tat = burst(QUOTA, 0, NOW, 3);

        QuotaState state = Gcra.state(QUOTA, tat, NOW + 500_000);

        assertThat(state.exhausted()).isTrue();
        assertThat(state.retryAfter()).isEqualTo(Duration.ofMillis(19_500));
        assertThat(state.retryAfterSeconds()).isEqualTo(20);
        assertThat(state.resetSeconds()).isEqualTo(60);
        // Exactly when the retry is due, the hit conforms.
        assertThat(Gcra.admit(QUOTA, tat, NOW + 500_000 + 19_500_000)).isPresent();
    }

    @Test
    void waitsAreRoundedUpSoAClientIsNeverEarly() {
        Quota fast = new Quota("p", "s", 1000, Duration.ofMinutes(1));
        long tat = burst(fast, 0, NOW, 1000);

        QuotaState state = Gcra.state(fast, tat, NOW);

        assertThat(state.retryAfter()).isEqualTo(Duration.ofMillis(60));
        assertThat(state.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void microsecondsSinceTheEpoch() {
        assertThat(Gcra.micros(Instant.ofEpochSecond(2, 3_999))).isEqualTo(2_000_003);
    }
}
