package dev.stride.adapter.in.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Gives every API request a deadline ({@code stride.request-timeout}): if it has not started its answer by then, it
 * is answered 504 problem+json on the event loop, whatever the worker thread is waiting for. The work is abandoned
 * where it can be: database statements carry a timeout of what is left of the deadline, so the worker is freed at
 * about the same moment (see {@link VertxRequestDeadline}); whatever the worker still writes afterwards is dropped.
 */
@ApplicationScoped
public class RequestDeadlineFilter {

    /** After the request id (1000), so the 504 carries it; before everything that may wait. */
    private static final int PRIORITY = 950;
    private static final Logger LOG = Logger.getLogger(RequestDeadlineFilter.class);
    private static final String ANSWERED_AT_DEADLINE = "dev.stride.answered-at-deadline";

    @Inject
    RequestTimeout timeout;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    /**
     * The worker's own answer, when it comes after the 504, cannot be written: the REST layer reports that as a
     * failure. It is the expected end of an abandoned request, not an error: dropped here, before Quarkus's error
     * handler would log it.
     */
    void dropLateAnswers(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (Boolean.TRUE.equals(rc.get(ANSWERED_AT_DEADLINE)) && rc.response().ended()) {
                LOG.debugf("dropped the late answer of %s %s", rc.request().method(), rc.request().path());
                return;
            }
            rc.next();
        });
    }

    private void handle(RoutingContext rc) {
        VertxRequestDeadline.start(timeout.value());
        long timer = rc.vertx().setTimer(timeout.value().toMillis(), fired -> expire(rc));
        rc.addEndHandler(ended -> rc.vertx().cancelTimer(timer));
        rc.next();
    }

    private void expire(RoutingContext rc) {
        if (rc.response().headWritten() || rc.response().closed()) {
            return;
        }
        rc.put(ANSWERED_AT_DEADLINE, Boolean.TRUE);
        LOG.warnf("%s %s outlived its deadline of %s: answered 504", rc.request().method(), rc.request().path(),
                timeout.value());
        JsonObject problem = EdgeProblems.problem(rc, 504, ProblemTypes.DEADLINE_EXCEEDED, "Deadline exceeded",
                "The request did not complete within " + timeout.value().toMillis() + " ms and was abandoned;"
                        + " retry later");
        EdgeProblems.end(rc, problem);
    }
}
