package dev.stride.adapter.in.rest.http;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each access token once, not on every request: a client sends the same token for up to its lifetime,
 * and checking its RS256 signature and parsing its claims was a fifth of a cached read's CPU (bench/ profile). A
 * verified token is remembered, keyed by its exact text, until it expires or for a minute, whichever is sooner;
 * anything else (new, altered, expired) goes through the full verification. Remembering a token changes nothing
 * about the account behind it: {@link AccountStateAugmentor} still checks on every request that it is live.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int MAX_TOKENS = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokenCache() {
        this(Clock.systemUTC());
    }

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null && now < known.validUntil()) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        long expires = principal.getExpirationTime() * 1000;
        if (expires > now) {
            if (verified.size() >= MAX_TOKENS) {
                verified.values().removeIf(entry -> entry.validUntil() <= now);
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(principal, Math.min(expires, now + REMEMBER_MILLIS)));
        }
        return principal;
    }

    private record Verified(JWTCallerPrincipal principal, long validUntil) {
    }
}
