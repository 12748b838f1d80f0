package dev.stride.adapter.out.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Objects;

/**
 * The one way the adapters of this module talk to Redis: each command bounded by {@code timeout}, each key under
 * {@code keyPrefix}. A failure of any kind (refused connection, timeout, error reply) comes out as a
 * {@link RedisUnavailableException}, which each adapter turns into its port's exception.
 */
public class RedisGateway {

    private final Redis redis;
    private final io.vertx.redis.client.Redis core;
    private final Duration timeout;
    private final String keyPrefix;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** How each event loop sends its scripts (see {@link #pipelined}). */
    private final Map<Thread, Lane> lanes = new ConcurrentHashMap<>();

    public RedisGateway(Redis redis, Duration timeout, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.core = redis.getDelegate();
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** How long any one call may take. */
    public Duration timeout() {
        return timeout;
    }

    /** Runs a Lua script atomically: {@code EVAL script 0 args...}. Keys are derived inside from the prefix. */
    Response eval(String script, String... args) {
        return eval(script, List.of(), List.of(args));
    }

    /** {@link #evalAsync}, waiting for the answer: for callers on a worker thread. */
    Response eval(String script, List<String> keys, List<String> args) {
        try {
            return Response.newInstance(evalAsync(script, keys, args).toCompletableFuture().join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RedisUnavailableException unavailable ? unavailable
                    : new RedisUnavailableException(e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * Runs a Lua script atomically with the given keys and arguments, without blocking the caller: the answer
     * comes on the Redis client's event loop, or after the timeout as a {@link RedisUnavailableException}. The
     * script travels once: after that, Redis is asked to run it by its SHA-1 digest (EVALSHA), and only when Redis
     * does not know it (a restarted or flushed server) is the source sent again (EVAL, which also makes Redis
     * remember it). Made with the client's plain Vert.x API: the limiter calls this on every request, and reactive
     * operators would each wrap the request's contexts around their callbacks.
     */
    CompletionStage<io.vertx.redis.client.Response> evalAsync(String script, List<String> keys, List<String> args) {
        String sha = digests.computeIfAbsent(script, RedisGateway::sha1);
        CompletableFuture<io.vertx.redis.client.Response> answer = new CompletableFuture<>();
        pipelined(scriptCall(Command.EVALSHA, sha, keys, args).getDelegate()).onComplete(first -> {
            if (first.succeeded()) {
                answer.complete(first.result());
            } else if (unknownScript(first.cause())) {
                pipelined(scriptCall(Command.EVAL, script, keys, args).getDelegate()).onComplete(second -> {
                    if (second.succeeded()) {
                        answer.complete(second.result());
                    } else {
                        answer.completeExceptionally(new RedisUnavailableException(second.cause()));
                    }
                });
            } else {
                answer.completeExceptionally(new RedisUnavailableException(first.cause()));
            }
        });
        return bounded(answer);
    }

    /**
     * The answer, or a {@link RedisUnavailableException} once the timeout has passed. On an event loop the deadline
     * is a timer of that loop: {@code CompletableFuture.orTimeout} would schedule and cancel it on the JDK's one
     * shared delay thread, a lock and often a wake-up of that thread per call.
     */
    private CompletionStage<io.vertx.redis.client.Response> bounded(
            CompletableFuture<io.vertx.redis.client.Response> answer) {
        Context context = Vertx.currentContext();
        CompletableFuture<io.vertx.redis.client.Response> limited;
        if (context != null && Context.isOnEventLoopThread()) {
            Vertx owner = context.owner();
            long timer = owner.setTimer(Math.max(1, timeout.toMillis()), fired -> answer.completeExceptionally(
                    new TimeoutException("no answer from Redis within " + timeout)));
            answer.whenComplete((value, failure) -> owner.cancelTimer(timer));
            limited = answer;
        } else {
            limited = answer.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        return limited.exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause instanceof RedisUnavailableException ? cause
                    : new RedisUnavailableException(cause));
        });
    }

    /**
     * Sends on the connection this event loop holds, so that the commands of its requests travel pipelined instead
     * of each taking a pooled connection in turn; and the commands of one turn of the loop (the requests of all the
     * HTTP connections that had something to read) go out together, in one write, when the loop has finished
     * reading: one write and one read for many, on both ends. Off an event loop, and while the loop's connection is
     * being opened, the pool serves. A connection that fails to open, fails or closes is forgotten, and the loop's
     * next command opens another.
     */
    private Future<io.vertx.redis.client.Response> pipelined(io.vertx.redis.client.Request request) {
        Context context = Vertx.currentContext();
        // Not the context's kind: a worker running blocking code for an event loop's request has that loop's context.
        if (context == null || !Context.isOnEventLoopThread()) {
            return core.send(request);
        }
        Thread loop = Thread.currentThread();
        Lane lane = lanes.get(loop);
        if (lane == null) {
            lane = new Lane();
            lanes.put(loop, lane);
        }
        RedisConnection connection = lane.connection();
        // While it opens, the pool serves: no command waits for a connection to be made.
        return connection == null ? core.send(request) : lane.enqueue(connection, request, context);
    }

    /** Whether the calling event loop's own connection is open, so that its commands travel on it (for tests). */
    boolean holdsLoopConnection() {
        Lane lane = lanes.get(Thread.currentThread());
        Future<RedisConnection> held = lane == null ? null : lane.opened;
        return held != null && held.succeeded();
    }

    /**
     * One event loop's way to Redis: its connection, and the commands of the loop's current turn not yet written.
     * Only its loop's thread touches it, except to forget a lost connection, which is why that field is volatile.
     */
    private final class Lane {

        /** Above this, a turn's commands go in more than one write (a connection queues at most 2,048 answers). */
        private static final int MOST_PER_WRITE = 256;

        private volatile Future<RedisConnection> opened;
        private List<io.vertx.redis.client.Request> queued;
        private List<Waiting> waiting;

        /** The loop's open connection, or null while none is (then one is being opened). */
        RedisConnection connection() {
            Future<RedisConnection> held = opened;
            if (held == null) {
                Future<RedisConnection> opening = core.connect();
                opened = opening;
                opening.onComplete(result -> {
                    if (result.failed()) {
                        forget(opening, null);
                        return;
                    }
                    RedisConnection connection = result.result();
                    connection.exceptionHandler(failure -> forget(opening, connection));
                    connection.endHandler(ended -> forget(opening, connection));
                });
                held = opening;
            }
            return held.succeeded() ? held.result() : null;
        }

        Future<io.vertx.redis.client.Response> enqueue(RedisConnection connection,
                io.vertx.redis.client.Request request, Context context) {
            if (queued == null) {
                queued = new ArrayList<>();
                waiting = new ArrayList<>();
                // A task of the loop runs after the loop has handled everything it read in this turn.
                context.runOnContext(ignored -> write(connection));
            }
            Waiting answer = new Waiting((ContextInternal) context, Promise.promise());
            queued.add(request);
            waiting.add(answer);
            if (queued.size() == MOST_PER_WRITE) {
                write(connection);
            }
            return answer.promise().future();
        }

        private void write(RedisConnection connection) {
            List<io.vertx.redis.client.Request> requests = queued;
            List<Waiting> answers = waiting;
            queued = null;
            waiting = null;
            if (requests == null) {
                return; // already written, when the turn reached MOST_PER_WRITE
            }
            if (requests.size() == 1) {
                connection.send(requests.get(0)).onComplete(answers.get(0)::take);
                return;
            }
            // A batch succeeds or fails as a whole. It fails when one of its commands does: after a SCRIPT FLUSH,
            // every script of the batch is sent again as EVAL (see unknownScript); one that had run before the
            // flush is then counted twice, which makes a limit stricter for a moment, never looser.
            connection.batch(requests).onComplete(all -> {
                for (int i = 0; i < answers.size(); i++) {
                    answers.get(i).take(all.succeeded() ? Future.succeededFuture(all.result().get(i))
                            : Future.failedFuture(all.cause()));
                }
            });
        }

        private void forget(Future<RedisConnection> lost, RedisConnection connection) {
            if (opened == lost) {
                opened = null;
            }
            if (connection != null) {
                connection.close();
            }
        }
    }

    /**
     * A command's answer to come, and the context of the request that sent it. The answer is handed over in that
     * context (the same event loop, so on the same thread, as the connection's): the request carries on at once,
     * where a task to switch contexts would wait for the loop's next turn.
     */
    private record Waiting(ContextInternal context, Promise<io.vertx.redis.client.Response> promise) {

        void take(AsyncResult<io.vertx.redis.client.Response> result) {
            if (context.inThread()) {
                context.dispatch(result, promise);
            } else {
                promise.handle(result);
            }
        }
    }

    private static Request scriptCall(Command command, String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return request;
    }

    private static boolean unknownScript(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A batch's failure names each failed command's error after its index: "ERR [3] NOSCRIPT ...".
            if (cause.getMessage() != null && cause.getMessage().contains("NOSCRIPT")) {
                return true;
            }
        }
        return false;
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JVM", e);
        }
    }

    Response send(Request request) {
        try {
            return timed(redis.send(request)).await().indefinitely();
        } catch (RuntimeException e) {
            throw new RedisUnavailableException(e);
        }
    }

    /** PONG within the timeout, without blocking the caller: for health checks on the event loop. */
    public Uni<Boolean> ping() {
        return timed(redis.send(Request.cmd(Command.PING)))
                .map(response -> response != null && "PONG".equalsIgnoreCase(response.toString()))
                .onFailure().recoverWithItem(false);
    }

    private Uni<Response> timed(Uni<Response> call) {
        return call.ifNoItem().after(timeout).fail();
    }
}
