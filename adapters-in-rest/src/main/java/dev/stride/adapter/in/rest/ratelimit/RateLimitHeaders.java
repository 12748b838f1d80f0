package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateDecision;
import io.vertx.core.http.HttpServerResponse;
import java.util.stream.Collectors;

/**
 * The rate limit fields of a response: {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (seconds)
 * for the tightest quota, and the IETF fields (draft-ietf-httpapi-ratelimit-headers) for every quota the request
 * was counted against: {@code RateLimit-Policy: "caller";q=100;w=60} and {@code RateLimit: "caller";r=42;t=17}.
 */
public final class RateLimitHeaders {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String RESET = "X-RateLimit-Reset";
    public static final String POLICY = "RateLimit-Policy";
    public static final String RATE_LIMIT = "RateLimit";

    private RateLimitHeaders() {
    }

    public static void write(HttpServerResponse response, RateDecision decision) {
        if (decision.states().isEmpty()) {
            return;
        }
        QuotaState tightest = decision.tightest().orElseThrow();
        response.putHeader(LIMIT, Integer.toString(tightest.quota().limit()));
        response.putHeader(REMAINING, Integer.toString(tightest.remaining()));
        response.putHeader(RESET, Long.toString(tightest.resetSeconds()));
        response.putHeader(POLICY, decision.states().stream()
                .map(state -> quoted(state) + ";q=" + state.quota().limit() + ";w=" + state.quota().windowSeconds())
                .collect(Collectors.joining(", ")));
        response.putHeader(RATE_LIMIT, decision.states().stream()
                .map(state -> quoted(state) + ";r=" + state.remaining() + ";t=" + state.resetSeconds())
                .collect(Collectors.joining(", ")));
    }

    private static String quoted(QuotaState state) {
        // Policy names are [a-z0-9-]: nothing to escape in a structured-field string.
        return "\"" + state.quota().policy() + "\"";
    }
}
