package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scripts sent from an event loop travel pipelined on the loop's own connection, against the real Redis. */
class RedisGatewayTest {

    private static final String ECHO = "return ARGV[1]";
    private static final String PREFIX = "stride-gateway:" + UUID.randomUUID() + ":";

    private static Vertx vertx;
    private static Redis client;
    private static RedisGateway gateway;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        // As the service's clients are configured (quarkus.redis.max-pool-waiting): while a loop's own connection is
        // being opened, its commands queue for the pool.
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl())
                .setMaxPoolWaiting(512));
        gateway = new RedisGateway(client, Duration.ofSeconds(2), PREFIX);
    }

    @AfterAll
    static void close() {
        client.close();
        vertx.closeAndAwait();
    }

    /** Runs {@code call} on one event loop of the test's Vert.x and hands its answer back. */
    private static <T> T onEventLoop(Supplier<CompletionStage<T>> call) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        vertx.getDelegate().getOrCreateContext().runOnContext(ignored -> call.get().whenComplete((value, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(value);
            }
        }));
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static CompletionStage<String> echo(String text) {
        return gateway.evalAsync(ECHO, List.of(), List.of(text)).thenApply(Object::toString);
    }

    /** {@code count} echoes sent one after the other in the caller's turn of the loop, their answers in order. */
    private static CompletionStage<List<String>> echoAll(String prefix, int count) {
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(echo(prefix + i).toCompletableFuture());
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .thenApply(done -> calls.stream().map(CompletableFuture::join).toList());
    }

    @Test
    void scriptsSentTogetherFromAnEventLoopEachGetTheirOwnAnswer() throws Exception {
        List<String> answers = onEventLoop(() -> echoAll("call ", 300));

        assertThat(answers).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(answers.get(i)).isEqualTo("call " + i);
        }
    }

    @Test
    void blockingCodeRunForAnEventLoopsRequestIsAnsweredToo() throws Exception {
        // Such code sees the loop's context, not the loop's thread: its calls must not share the loop's batch.
        List<String> answers = onEventLoop(() -> vertx.getDelegate().getOrCreateContext().executeBlocking(() -> {
            echo("first").toCompletableFuture().join();
            // Gives a connection the first call might open for this thread the time to open: with the lane wrongly
            // used off the loop's thread, the 500 calls below would then race the loop over one batch.
            Thread.sleep(200);
            return echoAll("blocking ", 500).toCompletableFuture().join();
        }).toCompletionStage());

        assertThat(answers).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(answers.get(i)).isEqualTo("blocking " + i);
        }
    }

    @Test
    void theAnswerComesInTheContextOfTheRequestThatAsked() throws Exception {
        ContextInternal loop = (ContextInternal) vertx.getDelegate().getOrCreateContext();
        // The loop's first call opens its connection; the requests below must travel on it, in one batch.
        loop.runOnContext(ignored -> echo("open"));
        assertThat(Eventually.holds(Duration.ofSeconds(5), Duration.ofMillis(20), () -> {
            CompletableFuture<Boolean> held = new CompletableFuture<>();
            loop.runOnContext(ignored -> held.complete(gateway.holdsLoopConnection()));
            return held.join();
        })).as("the loop's own connection opened").isTrue();

        // Two requests on the same loop, each with a context of its own as each HTTP request has, whose scripts go in
        // the same turn of the loop, so in one batch.
        ContextInternal first = loop.duplicate();
        ContextInternal second = loop.duplicate();
        CompletableFuture<Boolean> firstInItsOwn = new CompletableFuture<>();
        CompletableFuture<Boolean> secondInItsOwn = new CompletableFuture<>();
        first.runOnContext(ignored -> {
            answeredIn(first, firstInItsOwn);
            second.dispatch(() -> answeredIn(second, secondInItsOwn));
        });

        assertThat(firstInItsOwn.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(secondInItsOwn.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void answeredIn(ContextInternal asking, CompletableFuture<Boolean> inItsContext) {
        echo("mine").whenComplete((answer, failure) ->
                inItsContext.complete(failure == null && io.vertx.core.Vertx.currentContext() == asking));
    }

    @Test
    void aConnectionKilledByTheServerIsReplacedByALaterCall() throws Exception {
        assertThat(onEventLoop(() -> echo("before"))).isEqualTo("before");

        gateway.send(Request.cmd(Command.CLIENT).arg("KILL").arg("TYPE").arg("normal"));

        assertThat(Eventually.holds(Duration.ofSeconds(5), Duration.ofMillis(50), () -> {
            try {
                return "after".equals(onEventLoop(() -> echo("after")));
            } catch (Exception stillDown) {
                return false;
            }
        })).as("a call after the kill is answered on a new connection").isTrue();
    }

    @Test
    void scriptsOfOneTurnAreRunAgainAfterRedisForgetsThem() throws Exception {
        assertThat(onEventLoop(() -> echo("known"))).isEqualTo("known");
        gateway.send(Request.cmd(Command.SCRIPT).arg("FLUSH"));

        // Sent in one turn of the loop, so in one batch, every one of which fails with NOSCRIPT.
        List<String> answers = onEventLoop(() -> echoAll("again ", 20));

        for (int i = 0; i < 20; i++) {
            assertThat(answers.get(i)).isEqualTo("again " + i);
        }
    }

    @Test
    void aScriptAnsweredAfterTheTimeoutFailsAsRedisUnavailable() throws Exception {
        RedisGateway impatient = new RedisGateway(client, Duration.ofMillis(50), PREFIX);
        // Keeps Redis busy for 300 ms (it runs one script at a time): the answer comes after the timeout.
        String slow = "local start = redis.call('TIME') local now = start"
                + " while (now[1] - start[1]) * 1000000 + (now[2] - start[2]) < 300000 do now = redis.call('TIME') end"
                + " return 'late'";
        long started = System.nanoTime();

        Throwable failure = onEventLoop(() -> impatient.evalAsync(slow, List.of(), List.of())
                .handle((answer, error) -> error instanceof CompletionException ? error.getCause() : error));

        assertThat(failure).isInstanceOf(RedisUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(290));
    }
}
