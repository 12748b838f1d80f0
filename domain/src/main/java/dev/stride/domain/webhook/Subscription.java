package dev.stride.domain.webhook;

import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.ValidationException;
import dev.stride.domain.validation.Violations;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A user's request to be told about changes to their activities: which events, where to. Active until its owner
 * deletes it or its receiver answers 410 Gone, which disables it for good (the receiver said it will never want
 * these deliveries again).
 */
public record Subscription(
        SubscriptionId id,
        UserId owner,
        WebhookUrl url,
        Set<WebhookEventType> events,
        String description,
        WebhookSecret secret,
        Instant createdAt,
        Instant disabledAt) {

    /** Each subscription multiplies every write's deliveries; a handful covers every real integration. */
    public static final int MAX_PER_OWNER = 10;
    public static final int MAX_DESCRIPTION_LENGTH = 256;

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a subscription wants at least one event");
        }
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    /**
     * Checks raw client input against every rule at once and builds a new, active subscription.
     *
     * @throws ValidationException listing every broken rule
     */
    public static Subscription create(UserId owner, String url, List<String> events, String description,
            WebhookSecret secret, Instant now) {
        Violations violations = new Violations();
        WebhookUrl target = violations.collect(() -> WebhookUrl.parse(url));
        Set<WebhookEventType> wanted = EnumSet.noneOf(WebhookEventType.class);
        if (events == null || events.isEmpty()) {
            violations.add("events", "must name at least one event");
        } else {
            for (String code : events) {
                WebhookEventType.fromCode(code).ifPresentOrElse(wanted::add, () -> violations.add("events",
                        "unknown event '" + code + "'; known: activity.created, activity.updated, activity.deleted,"
                                + " activity.restored"));
            }
        }
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            violations.add("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        violations.throwIfAny();
        return new Subscription(SubscriptionId.newId(), owner, target, wanted, description, secret, now, null);
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    public boolean wants(WebhookEventType type) {
        return isActive() && events.contains(type);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    /** The receiver answered 410 Gone. */
    public Subscription disable(Instant now) {
        return isActive() ? new Subscription(id, owner, url, events, description, secret, createdAt, now) : this;
    }
}
