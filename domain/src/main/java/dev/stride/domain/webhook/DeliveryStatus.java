package dev.stride.domain.webhook;

import java.util.Locale;

/** Where a delivery stands: waiting for its next attempt, done, or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED;

    /** The lower-case name the API shows. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
