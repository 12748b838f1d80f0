package dev.stride.application.port.out;

import dev.stride.domain.webhook.WebhookUrl;
import java.util.Map;

/**
 * Sends one webhook attempt over HTTP: a POST of the body with the headers, to the URL, within the configured
 * timeout, without following redirects, and only to an address the target policy allows (checked against the
 * address actually connected to, so a DNS answer that changed since the subscription was made cannot get around
 * it). Never throws for anything the receiver or the network does: that is the result.
 */
public interface WebhookSender {

    SendResult send(WebhookUrl url, Map<String, String> headers, String body);

    /**
     * What came of an attempt: the receiver's status code, or none and the reason (timeout, connection refused,
     * address refused).
     */
    record SendResult(Integer statusCode, String error) {

        public static SendResult status(int statusCode) {
            return new SendResult(statusCode, null);
        }

        public static SendResult failure(String error) {
            return new SendResult(null, error);
        }

        public boolean isSuccess() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public boolean isGone() {
            return statusCode != null && statusCode == 410;
        }
    }
}
