package dev.stride.testing.webhooks;

import dev.stride.application.port.out.WebhookSender;
import dev.stride.domain.webhook.WebhookUrl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A receiver in memory: keeps every request and answers with the results a test queued (200 when none is left).
 * The HTTP adapter has its own tests against a real server.
 */
public class RecordingWebhookSender implements WebhookSender {

    public record Sent(WebhookUrl url, Map<String, String> headers, String body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Deque<SendResult> answers = new ArrayDeque<>();
    private final Map<String, SendResult> byHost = new HashMap<>();

    public synchronized RecordingWebhookSender answering(SendResult... results) {
        answers.addAll(List.of(results));
        return this;
    }

    /** Every request to this host gets this answer (a dead receiver), whatever is queued. */
    public synchronized RecordingWebhookSender answeringFor(String host, SendResult result) {
        byHost.put(host, result);
        return this;
    }

    @Override
    public synchronized SendResult send(WebhookUrl url, Map<String, String> headers, String body) {
        sent.add(new Sent(url, Map.copyOf(headers), body));
        SendResult fixed = byHost.get(url.host());
        if (fixed != null) {
            return fixed;
        }
        return answers.isEmpty() ? SendResult.status(200) : answers.poll();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
