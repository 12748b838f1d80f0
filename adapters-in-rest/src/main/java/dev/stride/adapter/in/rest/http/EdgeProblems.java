package dev.stride.adapter.in.rest.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers written by the route filters, which run before the REST layer and so before its problem mappers:
 * the same problem+json shape, with the request id.
 */
public final class EdgeProblems {

    private EdgeProblems() {
    }

    /** Starts the answer; the caller may add headers before {@link #end(RoutingContext, JsonObject)}. */
    public static JsonObject problem(RoutingContext rc, int status, String typeSlug, String title, String detail) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        return new JsonObject()
                .put("type", ProblemTypes.uri(typeSlug))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path())
                .put(RequestIds.KEY, rc.<String>get(RequestIds.KEY));
    }

    public static void end(RoutingContext rc, JsonObject problem) {
        rc.response().end(problem.encode());
    }
}
