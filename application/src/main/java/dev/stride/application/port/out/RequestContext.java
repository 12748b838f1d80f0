package dev.stride.application.port.out;

import java.util.Optional;

/** What is known about the request a use case runs for; used to tie what it causes later back to it. */
public interface RequestContext {

    /** The request id ({@code X-Request-ID}), when the use case runs for a request. */
    Optional<String> requestId();
}
