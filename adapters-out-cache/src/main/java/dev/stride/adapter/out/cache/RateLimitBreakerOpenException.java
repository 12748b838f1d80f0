package dev.stride.adapter.out.cache;

/** The limiter's breaker is open: Redis is not tried, the hit is counted in memory. */
public class RateLimitBreakerOpenException extends RuntimeException {

    RateLimitBreakerOpenException() {
        super("the rate limiter's circuit breaker is open", null, false, false);
    }
}
