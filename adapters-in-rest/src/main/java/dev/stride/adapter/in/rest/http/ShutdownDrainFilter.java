package dev.stride.adapter.in.rest.http;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The last step of a graceful stop. On SIGTERM Quarkus first reports readiness DOWN for {@code quarkus.shutdown.delay}
 * while still serving, so load balancers stop sending; once that delay is over, new API requests are refused here
 * with 503 problem+json ({@code Retry-After: 1}, {@code Connection: close}: the client's retry reaches another
 * replica), while the requests in flight finish within {@code quarkus.shutdown.timeout}. Quarkus alone would keep
 * serving new requests until the process exits.
 */
@ApplicationScoped
public class ShutdownDrainFilter {

    /** After the request id (1000), so the 503 carries it; before the deadline and everything else. */
    private static final int PRIORITY = 990;
    private static final Logger LOG = Logger.getLogger(ShutdownDrainFilter.class);

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    private volatile boolean draining;
    private volatile long refuseFromNanos;

    void drainStarted(@Observes ShutdownDelayInitiatedEvent event) {
        Duration readinessDown = delay.orElse(Duration.ZERO);
        refuseFromNanos = System.nanoTime() + readinessDown.toNanos();
        draining = true;
        LOG.infof("shutting down: readiness DOWN, new requests refused in %s", readinessDown);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        if (draining && System.nanoTime() - refuseFromNanos >= 0) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, "1").putHeader(HttpHeaders.CONNECTION, "close");
            JsonObject problem = EdgeProblems.problem(rc, 503, ProblemTypes.SERVICE_UNAVAILABLE,
                    "Service unavailable", "This replica is shutting down; retry and another one will answer");
            EdgeProblems.end(rc, problem);
            return;
        }
        rc.next();
    }
}
