package dev.stride.application.port.in;

/** Login failed; deliberately silent about why. */
public class InvalidCredentialsException extends UseCaseException {

    public InvalidCredentialsException() {
        super("Invalid email or password");
    }
}
