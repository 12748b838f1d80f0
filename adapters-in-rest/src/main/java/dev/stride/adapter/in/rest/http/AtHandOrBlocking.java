package dev.stride.adapter.in.rest.http;

import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * How a read that is often answered from memory is served: a resource method returning this stage runs on the event
 * loop, so an answer at hand costs no hand-over to a worker thread and back (about a tenth of a cached read's CPU in
 * the profile). Only what has to wait (a cache or database round trip) moves to a worker, in the request's own Vert.x
 * context: the request's deadline and request id go with it.
 */
public final class AtHandOrBlocking {

    private AtHandOrBlocking() {
    }

    /**
     * {@code respond} to what is at hand, or else to what {@code blocking} loads on a worker thread. Read the caller
     * before: request-scoped beans are not active on the worker while the request waits.
     */
    public static <T, R> CompletionStage<R> answer(Optional<T> atHand, Callable<T> blocking, Function<T, R> respond) {
        if (atHand.isPresent()) {
            return CompletableFuture.completedFuture(respond.apply(atHand.get()));
        }
        // A resource method returning a stage runs on the request's event loop, so there is always a context.
        return Vertx.currentContext().executeBlocking(() -> respond.apply(blocking.call()), false).toCompletionStage();
    }
}
