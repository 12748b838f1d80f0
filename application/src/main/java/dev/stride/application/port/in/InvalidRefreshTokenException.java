package dev.stride.application.port.in;

/** The refresh token cannot be exchanged; deliberately silent about why. */
public class InvalidRefreshTokenException extends UseCaseException {

    public InvalidRefreshTokenException() {
        super("The refresh token is invalid, expired or revoked");
    }
}
