package dev.stride.adapter.in.rest.http;

import java.time.Duration;
import java.util.Objects;

/** How long a request may take before it is answered 504 ({@code stride.request-timeout}). */
public record RequestTimeout(Duration value) {

    public RequestTimeout {
        Objects.requireNonNull(value, "value");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("stride.request-timeout must be positive");
        }
    }
}
