package dev.stride.adapter.out.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryTargetResolver;
import dev.stride.application.port.out.WebhookSender.SendResult;
import dev.stride.domain.webhook.WebhookUrl;
import dev.stride.testing.webhooks.TestReceiver;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP sender against a real receiver on loopback. */
class VertxWebhookSenderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static Vertx vertx;

    private final TestReceiver receiver = TestReceiver.start();
    private final InMemoryTargetResolver dns = new InMemoryTargetResolver();

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void postsTheBodyWithTheHeadersAndReportsTheStatus() throws Exception {
        dns.answer("hooks.test", InetAddress.getLoopbackAddress());
        receiver.answering(202, 500);
        try (VertxWebhookSender sender = sender(true)) {
            WebhookUrl url = WebhookUrl.parse("http://hooks.test:" + receiver.port() + "/in?src=stride");

            SendResult first = sender.send(url, Map.of("webhook-id", "abc", "content-type", "application/json"),
                    "{\"type\":\"activity.created\",\"note\":\"späť\"}");
            SendResult second = sender.send(url, Map.of(), "{}");

            assertThat(first).isEqualTo(SendResult.status(202));
            assertThat(second).isEqualTo(SendResult.status(500));
            TestReceiver.Received request = receiver.received().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/in?src=stride");
            assertThat(request.header("webhook-id")).isEqualTo("abc");
            assertThat(request.header("host")).as("the URL's host, though the address was pinned")
                    .isEqualTo("hooks.test:" + receiver.port());
            assertThat(request.body()).isEqualTo("{\"type\":\"activity.created\",\"note\":\"späť\"}");
        }
    }

    @Test
    void aRedirectIsAnAnswerNotSomethingToFollow() {
        receiver.redirectTo("http://169.254.169.254/latest/meta-data/");
        try (VertxWebhookSender sender = sender(true)) {
            SendResult result = sender.send(WebhookUrl.parse(receiver.url("/in")), Map.of(), "{}");

            assertThat(result).isEqualTo(SendResult.status(302));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatNeverAnswersIsAFailedAttemptAfterTheTimeout() {
        receiver.hang();
        try (VertxWebhookSender sender = sender(true)) {
            long started = System.nanoTime();
            SendResult result = sender.send(WebhookUrl.parse(receiver.url("/in")), Map.of(), "{}");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).isEqualTo("no answer within 1 s");
            assertThat(took).isBetween(TIMEOUT.minusMillis(100), TIMEOUT.plusSeconds(2));
        }
    }

    @Test
    void aHostThatNowResolvesToAnInternalAddressIsRefusedWithoutAConnection() throws Exception {
        // Accepted when it pointed elsewhere; DNS now answers loopback (rebinding).
        dns.answer("rebound.example.com", InetAddress.getByName("203.0.113.9"), InetAddress.getLoopbackAddress());
        try (VertxWebhookSender sender = sender(false)) {
            SendResult result = sender.send(WebhookUrl.parse("http://rebound.example.com:" + receiver.port() + "/"),
                    Map.of(), "{}");

            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).contains("refused").contains("internal address");
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void literalInternalAddressesAreRefusedUnlessAllowed() {
        try (VertxWebhookSender strict = sender(false); VertxWebhookSender lenient = sender(true)) {
            assertThat(strict.send(WebhookUrl.parse(receiver.url("/")), Map.of(), "{}").error()).contains("refused");
            assertThat(lenient.send(WebhookUrl.parse(receiver.url("/")), Map.of(), "{}").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void aClosedPortOrAnUnknownHostIsAFailureNotAnException() {
        int closedPort = receiver.port();
        receiver.close();
        try (VertxWebhookSender sender = sender(true)) {
            SendResult refused = sender.send(WebhookUrl.parse("http://127.0.0.1:" + closedPort + "/"), Map.of(), "{}");
            SendResult unknown = sender.send(WebhookUrl.parse("https://nowhere.invalid/"), Map.of(), "{}");

            assertThat(refused.statusCode()).isNull();
            assertThat(refused.error()).isNotBlank();
            assertThat(unknown.error()).contains("does not resolve");
        }
    }

    private VertxWebhookSender sender(boolean allowPrivateTargets) {
        return new VertxWebhookSender(vertx, dns, allowPrivateTargets, TIMEOUT, 4);
    }
}
