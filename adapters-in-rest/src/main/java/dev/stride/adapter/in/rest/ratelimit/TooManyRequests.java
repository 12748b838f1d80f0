package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.adapter.in.rest.http.EdgeProblems;
import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateDecision;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** The 429 problem for a refused request, with Retry-After: written by hand, before the REST layer runs. */
public final class TooManyRequests {

    public static final String TITLE = "Too many requests";

    private TooManyRequests() {
    }

    static void answer(RoutingContext rc, RateDecision decision) {
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        EdgeProblems.end(rc, EdgeProblems.problem(rc, 429, ProblemTypes.RATE_LIMITED, TITLE, detail(decision)));
    }

    public static String detail(RateDecision decision) {
        QuotaState refusing = decision.refusedBy().get(0);
        return "Rate limit '" + refusing.quota().policy() + "' allows " + refusing.quota().limit()
                + " requests per " + refusing.quota().windowSeconds() + " s; retry after "
                + decision.retryAfterSeconds() + " s";
    }
}
