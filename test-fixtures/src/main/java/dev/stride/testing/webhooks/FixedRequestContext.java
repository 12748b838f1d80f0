package dev.stride.testing.webhooks;

import dev.stride.application.port.out.RequestContext;
import java.util.Optional;

/** The request id a test says the use cases run for. */
public class FixedRequestContext implements RequestContext {

    private volatile String requestId;

    public FixedRequestContext(String requestId) {
        this.requestId = requestId;
    }

    public void set(String requestId) {
        this.requestId = requestId;
    }

    @Override
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
