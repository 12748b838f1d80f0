package dev.stride.domain;

/** A rule of the model was broken. Each subclass names the rule; the REST adapter answers each with its problem. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
