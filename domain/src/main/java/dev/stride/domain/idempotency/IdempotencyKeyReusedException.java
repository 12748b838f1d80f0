package dev.stride.domain.idempotency;

import dev.stride.domain.DomainException;

/** An {@link IdempotencyKey} names one request: sending it again with another body is a client's mistake. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("The Idempotency-Key was already used with a different request body");
    }
}
