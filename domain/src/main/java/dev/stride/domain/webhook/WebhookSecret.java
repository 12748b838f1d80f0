package dev.stride.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The key a subscription's deliveries are signed with, in the Standard Webhooks form: {@code whsec_} and the
 * base64 of 32 random bytes. The receiver keeps a copy; Stride shows it once, when the subscription is created.
 */
public record WebhookSecret(String value) {

    private static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
    }

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the decoded bytes, not the text. */
    public byte[] keyBytes() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Never the secret itself: it must not end up in a log line. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
