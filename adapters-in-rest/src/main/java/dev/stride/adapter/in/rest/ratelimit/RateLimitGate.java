package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.port.in.GetRateLimitsUseCase;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The rate limits resources need beyond what {@link RateLimitFilter} counted: the login's per-email policy (the
 * email is in the body) and the caller's own quotas for {@code GET /me/limits}.
 */
@ApplicationScoped
public class RateLimitGate {

    @Inject
    CurrentVertxRequest request;
    @Inject
    CheckRateLimitUseCase checks;
    @Inject
    GetRateLimitsUseCase limits;

    /**
     * Counts the request against the policies keyed by {@code email}; when one refuses, throws
     * {@link RateLimitedException} (429). The response's rate limit fields then cover these policies too.
     */
    public void checkEmail(String email) {
        RoutingContext rc = request.getCurrent();
        RateCaller caller = rc.get(RateLimitFilter.CALLER);
        if (caller == null || email == null) {
            return;
        }
        // Called by a resource on a worker thread, which may wait for the counter.
        RateDecision decision = checks.checkEmail(caller, rc.request().method().name(), RateLimitFilter.apiPath(rc),
                email).toCompletableFuture().join();
        RateDecision combined = rc.<RateDecision>get(RateLimitFilter.DECISION).and(decision);
        rc.put(RateLimitFilter.DECISION, combined);
        RateLimitHeaders.write(rc.response(), combined);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision);
        }
    }

    /** The caller's per-caller quotas, counting nothing; none when limits are off. Waits: for worker threads. */
    public List<QuotaState> callerLimits() {
        RateCaller caller = request.getCurrent().get(RateLimitFilter.CALLER);
        return caller == null ? List.of() : limits.limitsOf(caller).toCompletableFuture().join();
    }
}
