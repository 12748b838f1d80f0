package dev.stride.application.port.out;

/** The rate counter could not be reached in time, or answered with an error. */
public class RateCounterUnavailableException extends RuntimeException {

    public RateCounterUnavailableException(Throwable cause) {
        super("rate counter unavailable", cause);
    }
}
