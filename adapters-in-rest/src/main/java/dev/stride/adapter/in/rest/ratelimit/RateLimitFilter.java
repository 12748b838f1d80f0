package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.adapter.in.rest.AuthResource;
import dev.stride.adapter.in.rest.StrideApi;
import dev.stride.adapter.in.rest.http.EdgeCaller;
import dev.stride.adapter.in.rest.http.RequestIds;
import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import dev.stride.domain.user.Actor;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Counts every API request against the rate limits that apply to it, before authentication and any resource run:
 * users are counted by their token's subject with their account's current tier (as
 * {@link dev.stride.adapter.in.rest.http.CallerFilter} resolved them), a request without a valid token as anonymous, by address. Every answer carries the rate limit fields,
 * errors included; a request over a limit is answered 429 here and goes no further.
 *
 * <p>All of it happens on the request's event loop: the counter answers without blocking (Redis's reactive client,
 * or memory), and the request continues on its own context when the answer comes.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Routing context keys: the caller as counted, and the decision so far (a resource may add to it). */
    static final String CALLER = "dev.stride.rate-caller";
    static final String DECISION = "dev.stride.rate-decision";
    /** Below the caller's resolution (600), above Quarkus's authentication (200), so even a 401 carries the fields. */
    private static final int PRIORITY = 500;
    private static final String API_PREFIX = StrideApi.BASE_PATH + "/";
    private static final String AUTH_PREFIX = AuthResource.PATH + "/";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    @Inject
    CheckRateLimitUseCase limits;
    @Inject
    ClientAddresses addresses;
    @Inject
    RateLimiting rateLimiting;

    /** The request's path below the API's base path, as policy routes are written: {@code /activities/42}. */
    static String apiPath(RoutingContext rc) {
        return rc.normalizedPath().substring(StrideApi.BASE_PATH.length());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!rateLimiting.enabled() || !path.startsWith(API_PREFIX)) {
            rc.next();
            return;
        }
        String address = addresses.clientKey(rc.request().remoteAddress().hostAddress(),
                rc.request().headers().getAll(addresses.header().headerName));
        // The auth operations take no token: one sent along must not trade their per-address limits for a user's.
        Optional<Actor> account = path.startsWith(AUTH_PREFIX) ? Optional.empty()
                : EdgeCaller.of(rc).flatMap(EdgeCaller::account);
        RateCaller caller = account.map(actor -> RateCaller.user(actor, address))
                .orElseGet(() -> RateCaller.anonymous(address));
        rc.put(CALLER, caller);
        Context context = Vertx.currentContext();
        limits.checkRequest(caller, rc.request().method().name(), apiPath(rc)).whenComplete((decision, failure) -> {
            if (Vertx.currentContext() == context) {
                proceed(rc, decision, failure);
            } else {
                context.runOnContext(ignored -> proceed(rc, decision, failure));
            }
        });
    }

    private static void proceed(RoutingContext rc, RateDecision decision, Throwable failure) {
        if (failure != null) {
            // The limiter never fails a request: its counter falls back to memory by itself.
            LOG.errorf(failure, "rate limit check failed; request let through");
            rc.next();
            return;
        }
        rc.put(DECISION, decision);
        RateLimitHeaders.write(rc.response(), decision);
        if (decision.allowed()) {
            rc.next();
        } else {
            MDC.put(RequestIds.KEY, rc.get(RequestIds.KEY));
            TooManyRequests.answer(rc, decision);
        }
    }
}
