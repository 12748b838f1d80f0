package dev.stride.application.port.out;

/**
 * The request's deadline passed while a dependency was still working on it (a statement was cancelled by its
 * timeout): the work was abandoned and rolled back.
 */
public class DeadlineExceededException extends RuntimeException {

    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
