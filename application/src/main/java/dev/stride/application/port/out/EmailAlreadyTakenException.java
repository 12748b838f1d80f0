package dev.stride.application.port.out;

/** Registration with an email some account (soft-deleted ones included) already uses. */
public class EmailAlreadyTakenException extends RuntimeException {

    public EmailAlreadyTakenException() {
        super("An account with this email already exists");
    }
}
