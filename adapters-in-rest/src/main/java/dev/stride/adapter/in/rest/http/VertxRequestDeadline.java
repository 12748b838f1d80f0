package dev.stride.adapter.in.rest.http;

import dev.stride.application.port.out.RequestDeadline;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * The request's deadline, kept in its Vert.x (duplicated) context: the worker thread that runs a blocking resource
 * method runs in that context too, so the persistence adapter sees the deadline of the request it works for, and
 * a scheduler or delivery thread sees none.
 */
@ApplicationScoped
public class VertxRequestDeadline implements RequestDeadline {

    private static final String KEY = "dev.stride.deadline-nanos";

    /** Sets the deadline of the request whose context is current. */
    static void start(Duration timeout) {
        ContextLocals.put(KEY, System.nanoTime() + timeout.toNanos());
    }

    @Override
    public Optional<Duration> remaining() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Optional.empty();
        }
        return ContextLocals.<Long>get(KEY).map(deadline -> Duration.ofNanos(deadline - System.nanoTime()));
    }
}
