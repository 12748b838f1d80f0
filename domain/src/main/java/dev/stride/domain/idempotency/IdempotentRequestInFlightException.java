package dev.stride.domain.idempotency;

import dev.stride.domain.DomainException;

/** The first request with this key has not finished: its outcome is not known yet. */
public class IdempotentRequestInFlightException extends DomainException {

    public IdempotentRequestInFlightException() {
        super("A request with this Idempotency-Key is still in progress");
    }
}
