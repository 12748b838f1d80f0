package dev.stride.domain.webhook;

import dev.stride.domain.DomainException;

/** A disabled subscription (its receiver answered 410 Gone) delivers nothing, not even on request. */
public class SubscriptionDisabledException extends DomainException {

    public SubscriptionDisabledException() {
        super("This webhook subscription was disabled because its receiver answered 410 Gone; create a new one");
    }
}
