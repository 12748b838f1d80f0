package dev.stride.adapter.in.rest.http;

import dev.stride.domain.user.Actor;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller behind a request's bearer token, as {@link CallerFilter} found it once at the edge: the token, its
 * verified claims (none when the token is not valid) and the live account (none when the token is not valid or
 * its account is deleted or unknown). The rate limiter, the security identity ({@link EdgeIdentityProvider}) and so
 * the resources all use this one answer.
 */
public record EdgeCaller(String token, Optional<JsonWebToken> claims, Optional<Actor> account) {

    private static final String KEY = "dev.stride.edge-caller";

    public EdgeCaller {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(account, "account");
    }

    /** The caller resolved for this request, if its bearer token was looked at. */
    public static Optional<EdgeCaller> of(RoutingContext rc) {
        return Optional.ofNullable(rc.get(KEY));
    }

    void putInto(RoutingContext rc) {
        rc.put(KEY, this);
    }
}
