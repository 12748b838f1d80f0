package dev.stride.application.port.in;

/** The sessions (refresh tokens) cannot be reached for the moment; nothing is known about the operation. */
public class SessionsUnavailableException extends UseCaseException {

    public SessionsUnavailableException(Throwable cause) {
        super("Sessions are unavailable for the moment", cause);
    }
}
