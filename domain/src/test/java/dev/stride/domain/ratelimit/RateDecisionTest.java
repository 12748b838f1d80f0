package dev.stride.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateDecisionTest {

    private static QuotaState state(String policy, int limit, int remaining, long resetSeconds, long retrySeconds) {
        return new QuotaState(new Quota(policy, "ip:1", limit, Duration.ofMinutes(1)), remaining,
                Duration.ofSeconds(resetSeconds), Duration.ofSeconds(retrySeconds));
    }

    @Test
    void theTightestQuotaIsTheOneWithLeastRemaining() {
        RateDecision decision = new RateDecision(true, List.of(state("caller", 100, 40, 60, 0),
                state("login", 5, 2, 30, 0)));

        assertThat(decision.tightest()).map(s -> s.quota().policy()).contains("login");
    }

    @Test
    void ofEqualRemainingTheSlowestToRefillIsTightest() {
        RateDecision decision = new RateDecision(true, List.of(state("a", 10, 0, 20, 5), state("b", 10, 0, 50, 5)));

        assertThat(decision.tightest()).map(s -> s.quota().policy()).contains("b");
    }

    @Test
    void aRefusalWaitsForEveryRefusingQuota() {
        RateDecision decision = new RateDecision(false, List.of(state("caller", 100, 0, 60, 3),
                state("login", 5, 0, 40, 12), state("other", 5, 4, 10, 0)));

        assertThat(decision.refusedBy()).extracting(s -> s.quota().policy()).containsExactly("caller", "login");
        assertThat(decision.retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void anAllowedRequestWasRefusedByNothingEvenWhenItUsedTheLastHit() {
        RateDecision decision = new RateDecision(true, List.of(state("caller", 1, 0, 60, 60)));

        assertThat(decision.refusedBy()).isEmpty();
        assertThat(decision.retryAfterSeconds()).isZero();
    }

    @Test
    void aRefusalNeedsAnExhaustedQuota() {
        assertThatThrownBy(() -> new RateDecision(false, List.of(state("caller", 10, 3, 60, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combiningKeepsEveryStateAndRefusesWhenEitherRefused() {
        RateDecision first = new RateDecision(true, List.of(state("caller", 100, 50, 60, 0)));
        RateDecision second = new RateDecision(false, List.of(state("login-email", 5, 0, 60, 9)));

        RateDecision both = first.and(second);

        assertThat(both.allowed()).isFalse();
        assertThat(both.states()).hasSize(2);
        assertThat(both.retryAfterSeconds()).isEqualTo(9);
        assertThat(RateDecision.unlimited().and(first).allowed()).isTrue();
    }
}
