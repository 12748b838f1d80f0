package dev.stride.adapter.in.rest.ratelimit;

import dev.stride.application.port.in.CheckAccountUseCase;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The account behind a request's bearer token, for rate limiting: the token is verified as authentication
 * verifies it (signature, expiry, issuer) and its account must be live. Anything less and the request counts as
 * anonymous. This runs apart from Quarkus's own authentication so that a bad token, which authentication answers
 * with 401 at once, still leaves the limiter free to count the request and write its fields first.
 */
@ApplicationScoped
public class TokenCallers {

    private static final String BEARER = "Bearer ";

    @Inject
    JWTParser parser;
    @Inject
    CheckAccountUseCase accounts;

    /** The live account of a valid bearer token in {@code authorization}; blocking on an account cache miss. */
    public Optional<Actor> actorOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        try {
            String subject = parser.parse(authorization.substring(BEARER.length()).trim()).getSubject();
            return UserId.parse(subject).flatMap(accounts::activeAccount);
        } catch (ParseException | RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
