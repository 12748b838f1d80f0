package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.adapter.in.rest.http.RequestIds;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateDecision;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The 429 problem for a refused request, with Retry-After: written by hand, before the REST layer runs. */
public final class TooManyRequests {

    public static final String TITLE = "Too many requests";

    private TooManyRequests() {
    }

    static void answer(RoutingContext rc, RateDecision decision) {
        JsonObject problem = new JsonObject()
                .put("type", ProblemTypes.uri(ProblemTypes.RATE_LIMITED))
                .put("title", TITLE)
                .put("status", 429)
                .put("detail", detail(decision))
                .put("instance", rc.request().path())
                .put(RequestIds.KEY, rc.<String>get(RequestIds.KEY));
        rc.response()
                .setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
                .end(problem.encode());
    }

    public static String detail(RateDecision decision) {
        QuotaState refusing = decision.refusedBy().get(0);
        return "Rate limit '" + refusing.quota().policy() + "' allows " + refusing.quota().limit()
                + " requests per " + refusing.quota().windowSeconds() + " s; retry after "
                + decision.retryAfterSeconds() + " s";
    }
}
