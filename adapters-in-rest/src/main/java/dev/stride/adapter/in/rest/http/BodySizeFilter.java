package dev.stride.adapter.in.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns away bodies that announce more than the limit before a byte of them is read. It runs after the rate limit
 * filter, so even this answer carries the rate limit fields and counts.
 */
@ApplicationScoped
public class BodySizeFilter {

    /** API.md: a body over 1 MiB is 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final int PRIORITY = 400;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        if (announcedLength(rc) > MAX_BODY_BYTES) {
            rejectTooLarge(rc);
            return;
        }
        rc.next();
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

    private static void rejectTooLarge(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        EdgeProblems.end(rc, EdgeProblems.problem(rc, 413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body must not exceed 1 MiB"));
    }
}
