package dev.stride.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What happened to an activity, as a subscription names it and a delivery's {@code type} says it. */
public enum WebhookEventType {
    ACTIVITY_CREATED("activity.created"),
    ACTIVITY_UPDATED("activity.updated"),
    ACTIVITY_DELETED("activity.deleted"),
    ACTIVITY_RESTORED("activity.restored");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
