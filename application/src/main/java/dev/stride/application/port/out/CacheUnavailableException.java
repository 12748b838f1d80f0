package dev.stride.application.port.out;

/** The cache could not be reached in time, or answered with an error. Callers fall back to the source. */
public class CacheUnavailableException extends RuntimeException {

    public CacheUnavailableException(Throwable cause) {
        super("cache unavailable", cause);
    }
}
