package dev.stride.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * The deadline of the request being served on this thread, if any: past it the client has been answered 504, so
 * work done for it is wasted and should be abandoned. Adapters bound what they wait for (database statements) by
 * what is left of it.
 */
public interface RequestDeadline {

    /** What is left (zero or negative once passed); empty outside a request: jobs, delivery workers, start-up. */
    Optional<Duration> remaining();
}
