/**
 * Redis adapters for the out-ports whose state every replica must share and that expires by itself: the session
 * store now, caches and rate counters later. Every key starts with a configured prefix and carries a TTL; every call
 * is bounded by a short timeout, and a Redis that cannot be reached in time is reported through the port's own
 * "unavailable" exception, never as a hang.
 */
package dev.stride.adapter.out.cache;
