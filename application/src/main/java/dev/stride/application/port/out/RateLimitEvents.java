package dev.stride.application.port.out;

import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;

/** What the rate limiter tells operators about: every decision (for metrics) and every refusal (for the log). */
public interface RateLimitEvents {

    void decided(RateCaller caller, RateDecision decision);

    RateLimitEvents NONE = (caller, decision) -> {
    };
}
