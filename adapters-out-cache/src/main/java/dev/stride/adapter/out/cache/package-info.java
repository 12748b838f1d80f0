/**
 * Redis adapters for the out-ports whose state every replica must share and that expires by itself: sessions, the
 * result caches, rate counters and account-change announcements. Every key starts with a configured prefix and
 * carries a TTL; every call is bounded by a short timeout, and a Redis that cannot be reached in time is reported
 * through the port's own "unavailable" exception, never as a hang. The circuit breakers ({@link CacheBreaker},
 * {@link RateLimitBreaker}) keep a dead Redis from costing every request its timeout.
 */
package dev.stride.adapter.out.cache;
