package dev.stride.application.service.caching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent reads of one key share a call of the source, but only a call that started after each of them asked.
 * A reader that arrives while a call is under way does not take that call's answer (it may predate a write that
 * returned just before the reader asked): it waits for the next call, which the first such reader starts as soon as
 * the running one has ended, and which every reader arriving until then shares. So an answer is never older than
 * the moment it was asked for, and a key read by many at once costs one source call per round trip instead of one
 * per reader. A lone reader calls the source at once.
 */
final class FreshReads<K, V> {

    private final ConcurrentHashMap<K, Lane<V>> lanes = new ConcurrentHashMap<>();

    /** The call under way and, once somebody waits for it, the next one with how many readers share it. */
    private record Lane<V>(CompletableFuture<V> running, CompletableFuture<V> next, int waiting) {
    }

    V read(K key, Supplier<V> source) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        Lane<V> lane = lanes.compute(key, (k, current) -> {
            if (current == null) {
                return new Lane<>(mine, null, 0);
            }
            if (current.next() == null) {
                return new Lane<>(current.running(), mine, 1);
            }
            return new Lane<>(current.running(), current.next(), current.waiting() + 1);
        });
        if (lane.running() == mine) {
            return call(key, mine, source);
        }
        if (lane.next() == mine) {
            // Its answer is not ours to take; only its end is waited for, failed or not.
            lane.running().exceptionally(failure -> null).join();
            lanes.computeIfPresent(key, (k, current) -> new Lane<>(mine, null, 0));
            return call(key, mine, source);
        }
        return SingleFlight.await(lane.next());
    }

    /** How many readers wait for the next call of {@code key}. */
    int waiting(K key) {
        Lane<V> lane = lanes.get(key);
        return lane == null ? 0 : lane.waiting();
    }

    /** How many keys have a call under way or awaited. */
    int keysInUse() {
        return lanes.size();
    }

    private V call(K key, CompletableFuture<V> mine, Supplier<V> source) {
        try {
            V value = source.get();
            finished(key, mine);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            finished(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Forgets the key once nobody waits for a next call; otherwise the next caller takes the lane over. */
    private void finished(K key, CompletableFuture<V> mine) {
        lanes.computeIfPresent(key, (k, current) ->
                current.running() == mine && current.next() == null ? null : current);
    }
}
