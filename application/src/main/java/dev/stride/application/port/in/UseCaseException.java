package dev.stride.application.port.in;

/**
 * A use case could not do what it was asked, for a reason the caller can act on. Each subclass names the reason;
 * the REST adapter answers each with its problem. Out-port failures reach callers only translated into one of these.
 */
public abstract class UseCaseException extends RuntimeException {

    protected UseCaseException(String message) {
        super(message);
    }

    protected UseCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
