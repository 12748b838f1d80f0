package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryRateCounter;
import dev.stride.testing.ManualTimeSource;
import dev.stride.domain.ratelimit.CountedBy;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import dev.stride.domain.ratelimit.RatePolicies;
import dev.stride.domain.ratelimit.RatePolicy;
import dev.stride.domain.ratelimit.Route;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateLimitServiceTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-11-22T10:00:00Z"));
    private final List<RateDecision> decisions = new ArrayList<>();
    private final RateLimitService limits = new RateLimitService(new RatePolicies(List.of(
            new RatePolicy("caller", Route.every(), CountedBy.CALLER, Map.of("anonymous", 3, "free", 5),
                    OptionalInt.empty(), MINUTE),
            new RatePolicy("create", Route.parse("POST /activities"), CountedBy.CALLER, Map.of("free", 2),
                    OptionalInt.empty(), MINUTE),
            new RatePolicy("login-email", Route.parse("POST /auth/login"), CountedBy.EMAIL, Map.of(),
                    OptionalInt.of(1), MINUTE))),
            new InMemoryRateCounter(), time, (caller, decision) -> decisions.add(decision));

    private final RateCaller user = RateCaller.user(new Actor(UserId.newId(), Tier.FREE), "10.0.0.1");

    @Test
    void aRefusalByOnePolicyCountsAgainstNoneOfThem() {
        check(user, "POST", "/activities");
        check(user, "POST", "/activities");

        RateDecision third = check(user, "POST", "/activities");

        assertThat(third.allowed()).isFalse();
        assertThat(third.refusedBy()).extracting(state -> state.quota().policy()).containsExactly("create");
        assertThat(limits.limitsOf(user).toCompletableFuture().join()).extracting(QuotaState::remaining)
                .containsExactly(3, 0);
    }

    @Test
    void requestsNoPolicyCoversAreUnlimitedAndUnreported() {
        RatePolicies none = new RatePolicies(List.of());
        RateLimitService unlimited = new RateLimitService(none, new InMemoryRateCounter(), time,
                (caller, decision) -> decisions.add(decision));

        assertThat(unlimited.checkRequest(user, "GET", "/activities").toCompletableFuture().join().allowed()).isTrue();
        assertThat(decisions).isEmpty();
    }

    @Test
    void quotasRefillOneHitPerIntervalAfterABurst() {
        // 3 per minute: a burst of 3, then one every 20 s.
        RateCaller anonymous = RateCaller.anonymous("10.0.0.9");
        for (int i = 0; i < 3; i++) {
            assertThat(check(anonymous, "GET", "/stats").allowed()).isTrue();
        }
        time.advance(Duration.ofSeconds(5));
        RateDecision refused = check(anonymous, "GET", "/stats");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(15);

        time.advance(Duration.ofSeconds(15));

        assertThat(check(anonymous, "GET", "/stats").allowed()).isTrue();
        assertThat(check(anonymous, "GET", "/stats").allowed()).isFalse();
    }

    private RateDecision check(RateCaller caller, String method, String path) {
        return limits.checkRequest(caller, method, path).toCompletableFuture().join();
    }

    @Test
    void emailPoliciesAreCheckedSeparatelyAndReported() {
        RateCaller anonymous = RateCaller.anonymous("10.0.0.9");

        assertThat(limits.checkEmail(anonymous, "POST", "/auth/login", "a@b.org").toCompletableFuture().join().allowed()).isTrue();
        assertThat(limits.checkEmail(RateCaller.anonymous("10.0.0.10"), "POST", "/auth/login", "A@B.org")
                .toCompletableFuture().join().allowed()).isFalse();
        assertThat(decisions).hasSize(2);
    }
}
