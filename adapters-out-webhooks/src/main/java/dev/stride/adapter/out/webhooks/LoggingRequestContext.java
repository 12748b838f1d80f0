package dev.stride.adapter.out.webhooks;

import dev.stride.application.port.out.RequestContext;
import java.util.Optional;
import org.jboss.logging.MDC;

/** The request id the REST adapter put in the logging context for the request the current thread serves. */
public class LoggingRequestContext implements RequestContext {

    /** The MDC key of the REST adapter's request id filter. */
    private static final String KEY = "requestId";

    @Override
    public Optional<String> requestId() {
        Object id = MDC.get(KEY);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }
}
