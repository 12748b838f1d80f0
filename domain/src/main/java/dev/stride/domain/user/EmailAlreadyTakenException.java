package dev.stride.domain.user;

import dev.stride.domain.DomainException;

/** Every account has an email of its own, soft-deleted accounts included; the user store enforces it. */
public class EmailAlreadyTakenException extends DomainException {

    public EmailAlreadyTakenException() {
        super("An account with this email already exists");
    }
}
