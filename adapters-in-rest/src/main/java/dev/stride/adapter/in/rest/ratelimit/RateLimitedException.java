package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.domain.ratelimit.RateDecision;

/** A rate limit refused the request after its body was read; answered 429 with Retry-After. */
public class RateLimitedException extends RuntimeException {

    private final transient RateDecision decision;

    public RateLimitedException(RateDecision decision) {
        super("rate limit exceeded", null, false, false);
        this.decision = decision;
    }

    public RateDecision decision() {
        return decision;
    }
}
