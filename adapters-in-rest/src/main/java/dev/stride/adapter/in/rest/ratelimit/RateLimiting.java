package dev.stride.adapter.in.rest.ratelimit;

/** Whether rate limits are on ({@code stride.rate-limit.enabled}); off, requests carry no rate limit fields. */
public record RateLimiting(boolean enabled) {
}
