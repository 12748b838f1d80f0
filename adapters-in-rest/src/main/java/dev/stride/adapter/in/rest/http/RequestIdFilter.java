package dev.stride.adapter.in.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs before anything else on the API port: gives the request its id (response header and logging MDC), and
 * turns away bodies that announce more than the limit before a byte of them is read.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** API.md: a body over 1 MiB is 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final int PRIORITY = 1000;
    /** One line per request, for operators; silence it with quarkus.log.category."dev.stride.access".level. */
    private static final Logger ACCESS = Logger.getLogger("dev.stride.access");

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String id = RequestIds.choose(rc.request().getHeader(RequestIds.HEADER));
        rc.put(RequestIds.KEY, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.KEY, id);
        long started = System.nanoTime();
        rc.addEndHandler(ended -> logAccess(rc, id, started));
        if (announcedLength(rc) > MAX_BODY_BYTES) {
            rejectTooLarge(rc, id);
            return;
        }
        rc.next();
    }

    private static void logAccess(RoutingContext rc, String id, long started) {
        // The end handler may run after the request's own context is gone: put the id back for this line.
        MDC.put(RequestIds.KEY, id);
        ACCESS.infof("%s %s %d %.1fms", rc.request().method(), rc.request().path(), rc.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000.0);
    }

    private static long announcedLength(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void rejectTooLarge(RoutingContext rc, String id) {
        // Written by hand: this runs before the REST layer, so its problem mappers cannot help here.
        JsonObject problem = new JsonObject()
                .put("type", ProblemTypes.uri(ProblemTypes.PAYLOAD_TOO_LARGE))
                .put("title", "Payload too large")
                .put("status", 413)
                .put("detail", "The request body must not exceed 1 MiB")
                .put("instance", rc.request().path())
                .put(RequestIds.KEY, id);
        rc.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }
}
