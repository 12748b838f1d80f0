package dev.stride.application.service.caching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent loads of one key in this process share a single call of the loader: the first caller runs it, the
 * others wait for its answer (or its failure). Once the call has ended the next load runs the loader again.
 */
final class SingleFlight<T> {

    private final ConcurrentHashMap<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    T load(String key, Supplier<T> loader) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            T value = loader.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    int inFlight() {
        return running.size();
    }

    /** The call's answer, or its failure rethrown as it was thrown. */
    static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
