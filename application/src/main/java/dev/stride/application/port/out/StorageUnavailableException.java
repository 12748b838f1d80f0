package dev.stride.application.port.out;

/**
 * The database could not do the work for now: unreachable, failing, refused by its circuit breaker, or in conflict
 * with concurrent work after every retry. Nothing was done, or (when the connection was lost while committing) the
 * outcome is unknown to this replica; either way the client may retry, safely so for idempotent requests and for
 * creates with an {@code Idempotency-Key}. Every use case needs storage, so this one reaches callers untranslated.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
