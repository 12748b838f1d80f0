package dev.stride.adapter.in.rest.http;

import dev.stride.adapter.in.rest.StrideApi;
import dev.stride.application.port.in.CheckAccountUseCase;
import dev.stride.application.port.in.CheckAccountUseCase.KnownAccount;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Resolves the caller of an API request once, on its event loop, before the rate limiter and authentication: the
 * bearer token is verified (signature, expiry, issuer; a token seen before is remembered by
 * {@link VerifiedTokenCache}) and its account looked up in the account state cache. Only an account the cache does
 * not know is read from storage, on a worker thread. The answer ({@link EdgeCaller}) is shared by everything after.
 * Were storage unreachable for that read, nothing is resolved here and authentication asks again (answering 503).
 */
@ApplicationScoped
public class CallerFilter {

    /** After the deadline (950), before the rate limiter (500) and Quarkus's authentication (200). */
    private static final int PRIORITY = 600;
    private static final String API_PREFIX = StrideApi.BASE_PATH + "/";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(CallerFilter.class);

    @Inject
    JWTParser parser;
    @Inject
    CheckAccountUseCase accounts;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || !rc.normalizedPath().startsWith(API_PREFIX)
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            rc.next();
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        Optional<JsonWebToken> claims = verified(token);
        Optional<UserId> user = claims.flatMap(verified -> UserId.parse(verified.getSubject()));
        if (user.isEmpty()) {
            new EdgeCaller(token, claims, Optional.empty()).putInto(rc);
            rc.next();
            return;
        }
        Optional<KnownAccount> known = accounts.knownAccount(user.get());
        if (known.isPresent()) {
            new EdgeCaller(token, claims, known.get().active()).putInto(rc);
            rc.next();
            return;
        }
        rc.vertx().<Optional<Actor>>executeBlocking(() -> accounts.activeAccount(user.get()), false)
                .onComplete(read -> {
                    if (read.succeeded()) {
                        new EdgeCaller(token, claims, read.result()).putInto(rc);
                    } else {
                        LOG.debugf("account of a token not resolved at the edge: %s", read.cause().toString());
                    }
                    rc.next();
                });
    }

    private Optional<JsonWebToken> verified(String token) {
        try {
            return Optional.of(parser.parse(token));
        } catch (ParseException | RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
