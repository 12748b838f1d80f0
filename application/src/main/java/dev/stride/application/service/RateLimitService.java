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
import dev.stride.domain.ratelimit.WindowUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    public RateDecision checkRequest(RateCaller caller, String method, String path) {
        return decide(caller, policies.forRequest(caller, method, path));
    }

    @Override
    public RateDecision checkEmail(RateCaller caller, String method, String path, String email) {
        return decide(caller, policies.forEmail(caller, method, path, email));
    }

    @Override
    public List<QuotaState> limitsOf(RateCaller caller) {
        List<Quota> quotas = policies.ofCaller(caller);
        Instant now = time.now();
        return states(quotas, counter.usage(quotas, now), now);
    }

    private RateDecision decide(RateCaller caller, List<Quota> quotas) {
        if (quotas.isEmpty()) {
            return RateDecision.unlimited();
        }
        Instant now = time.now();
        RateCounter.Admission admission = counter.admit(quotas, now);
        RateDecision decision = new RateDecision(admission.admitted(), states(quotas, admission.usages(), now));
        events.decided(caller, decision);
        return decision;
    }

    private static List<QuotaState> states(List<Quota> quotas, List<WindowUsage> usages, Instant now) {
        List<QuotaState> states = new ArrayList<>(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            states.add(QuotaState.of(quotas.get(i), usages.get(i), now));
        }
        return states;
    }
}
