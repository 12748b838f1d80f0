package dev.stride.testing;

import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.user.AccessToken;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque random tokens remembered in memory: a token is valid while this issuer knows it and it has not expired. */
public class InMemoryAccessTokenIssuer implements AccessTokenIssuer {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final TimeSource time;
    private final Duration lifetime;

    public InMemoryAccessTokenIssuer(TimeSource time, Duration lifetime) {
        this.time = time;
        this.lifetime = lifetime;
    }

    @Override
    public AccessToken issue(UserId subject, Tier tier) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(subject, tier, time.now().plus(lifetime)));
        return new AccessToken(token, lifetime.toSeconds());
    }

    /** Whom a token authenticates, if it is known and not expired. */
    public Optional<Grant> verify(String token) {
        return Optional.ofNullable(grants.get(token)).filter(grant -> time.now().isBefore(grant.expiresAt()));
    }

    public record Grant(UserId subject, Tier tier, Instant expiresAt) {
    }
}
