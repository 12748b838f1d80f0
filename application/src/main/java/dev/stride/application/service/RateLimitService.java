package dev.stride.application.service;

import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.port.in.GetRateLimitsUseCase;
import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateLimitEvents;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import dev.stride.domain.ratelimit.RatePolicies;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Rate limits: all quotas of a request are checked and counted in one call to the counter, so a request is either
 * counted against every policy that applies or (refused) against none, and a refused caller is not pushed further
 * back by its own refused retries.
 */
public class RateLimitService implements CheckRateLimitUseCase, GetRateLimitsUseCase {

    private final RatePolicies policies;
    private final RateCounter counter;
    private final TimeSource time;
    private final RateLimitEvents events;

    public RateLimitService(RatePolicies policies, RateCounter counter, TimeSource time, RateLimitEvents events) {
        this.policies = policies;
        this.counter = counter;
        this.time = time;
        this.events = events;
    }

    @Override
    public CompletionStage<RateDecision> checkRequest(RateCaller caller, String method, String path) {
        return decide(caller, policies.forRequest(caller, method, path));
    }

    @Override
    public CompletionStage<RateDecision> checkEmail(RateCaller caller, String method, String path, String email) {
        return decide(caller, policies.forEmail(caller, method, path, email));
    }

    @Override
    public CompletionStage<List<QuotaState>> limitsOf(RateCaller caller) {
        return counter.states(policies.ofCaller(caller), time.now());
    }

    private CompletionStage<RateDecision> decide(RateCaller caller, List<Quota> quotas) {
        if (quotas.isEmpty()) {
            return CompletableFuture.completedFuture(RateDecision.unlimited());
        }
        return counter.admit(quotas, time.now()).thenApply(admission -> {
            RateDecision decision = new RateDecision(admission.admitted(), admission.states());
            events.decided(caller, decision);
            return decision;
        });
    }
}
