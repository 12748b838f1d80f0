package dev.stride.adapter.out.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    /** The connection each event loop sends its scripts on (see {@link #pipelined}). */
    private final Map<Thread, Future<RedisConnection>> loopConnections = new ConcurrentHashMap<>();

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
        return answer.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause instanceof RedisUnavailableException ? cause
                    : new RedisUnavailableException(cause));
        });
    }

    /**
     * Sends on the connection this event loop holds, so that the commands of its requests travel pipelined (one
     * write and one read for many, on both ends) instead of each taking a pooled connection in turn. Off an event
     * loop, and while the loop's connection is being opened, the pool serves. A connection that fails to open, fails
     * or closes is forgotten, and the loop's next command opens another.
     */
    private Future<io.vertx.redis.client.Response> pipelined(io.vertx.redis.client.Request request) {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return core.send(request);
        }
        // Only the loop itself adds its entry; removals are conditional, from whichever thread learns of a loss.
        Thread loop = Thread.currentThread();
        Future<RedisConnection> held = loopConnections.get(loop);
        if (held == null) {
            Future<RedisConnection> opening = core.connect();
            loopConnections.put(loop, opening);
            opening.onComplete(opened -> {
                if (opened.failed()) {
                    loopConnections.remove(loop, opening);
                    return;
                }
                RedisConnection connection = opened.result();
                connection.exceptionHandler(failure -> forget(loop, opening, connection));
                connection.endHandler(ended -> forget(loop, opening, connection));
            });
            held = opening;
        }
        // While it opens, the pool serves: no command waits for a connection to be made.
        return held.succeeded() ? held.result().send(request) : core.send(request);
    }

    private void forget(Thread loop, Future<RedisConnection> opened, RedisConnection connection) {
        loopConnections.remove(loop, opened);
        connection.close();
    }

    private static Request scriptCall(Command command, String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return request;
    }

    private static boolean unknownScript(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("NOSCRIPT")) {
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
