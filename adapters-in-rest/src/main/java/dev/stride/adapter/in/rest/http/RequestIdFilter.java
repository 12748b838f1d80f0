package dev.stride.adapter.in.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs before anything else on the API port: gives the request its id (response header and logging MDC) and logs
 * one access line when it ends.
 */
@ApplicationScoped
public class RequestIdFilter {

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
        rc.next();
    }

    private static void logAccess(RoutingContext rc, String id, long started) {
        // The end handler may run after the request's own context is gone: put the id back for this line.
        MDC.put(RequestIds.KEY, id);
        ACCESS.infof("%s %s %d %.1fms", rc.request().method(), rc.request().path(), rc.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000.0);
    }
}
