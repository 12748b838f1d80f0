package dev.stride.adapter.out.webhooks;

import dev.stride.application.port.out.TargetResolver;
import dev.stride.application.port.out.WebhookSender;
import dev.stride.domain.webhook.TargetAddresses;
import dev.stride.domain.webhook.WebhookUrl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends webhook attempts with Vert.x's HTTP client. The host is looked up here, every address it has is checked
 * against the target policy, and the connection goes to the checked address itself ({@code RequestOptions.server}),
 * while the URL's host still names the server in {@code Host} and in TLS (SNI, certificate check). So a name
 * whose DNS answer changed to an internal address after the subscription was accepted (DNS rebinding) is refused
 * at the attempt, and nothing resolves the name a second time behind the check's back. Redirects are never
 * followed: a 3xx is an answer like any other non-2xx.
 */
public class VertxWebhookSender implements WebhookSender, AutoCloseable {

    private final HttpClient client;
    private final TargetResolver resolver;
    private final boolean allowPrivateTargets;
    private final Duration timeout;

    public VertxWebhookSender(Vertx vertx, TargetResolver resolver, boolean allowPrivateTargets, Duration timeout,
            int maxConnectionsPerTarget) {
        this.resolver = resolver;
        this.allowPrivateTargets = allowPrivateTargets;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(maxConnectionsPerTarget)
                .setVerifyHost(true)
                .setTrustAll(false));
    }

    @Override
    public SendResult send(WebhookUrl url, Map<String, String> headers, String body) {
        List<InetAddress> addresses = resolver.resolve(url.host());
        Optional<String> refusal = TargetAddresses.refusal(addresses, allowPrivateTargets);
        if (refusal.isPresent()) {
            return SendResult.failure("refused: " + refusal.get());
        }
        InetAddress address = addresses.get(0);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(url.port(), address.getHostAddress()))
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(url.isHttps())
                .setURI(url.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Integer> answer = client.request(options).compose(request -> {
            sent.set(request);
            return request.send(Buffer.buffer(body)).map(response -> {
                // The body is not wanted; it streams past (and the deadline still bounds it) so the connection
                // can be reused.
                response.handler(ignored -> { });
                response.exceptionHandler(ignored -> { });
                return response.statusCode();
            });
        });
        CompletableFuture<Integer> status = answer.toCompletionStage().toCompletableFuture();
        try {
            return SendResult.status(status.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return SendResult.failure("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return SendResult.failure(describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failure("interrupted: the service is stopping");
        }
    }

    /** What went wrong, in words a user can act on, without a stack trace or an internal address. */
    private static String describe(Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return (kind + message).replaceAll("\\s+", " ");
    }

    @Override
    public void close() {
        client.close();
    }
}
