package dev.stride.application.port.out;

/** The session store could not be reached, or did not answer in time. Nothing is known about the operation. */
public class SessionStoreUnavailableException extends RuntimeException {

    public SessionStoreUnavailableException(Throwable cause) {
        super("The session store is unavailable", cause);
    }
}
