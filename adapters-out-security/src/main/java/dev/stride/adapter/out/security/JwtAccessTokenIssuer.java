package dev.stride.adapter.out.security;

import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.user.AccessToken;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** RS256 JWTs signed with the key at {@code smallrye.jwt.sign.key.location}; {@code groups} carries the tier. */
public class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final String issuer;
    private final Duration lifetime;
    private final TimeSource time;

    public JwtAccessTokenIssuer(String issuer, Duration lifetime, TimeSource time) {
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.time = time;
    }

    @Override
    public AccessToken issue(UserId subject, Tier tier) {
        Instant now = time.now();
        String token = Jwt.issuer(issuer)
                .subject(subject.toString())
                .groups(Set.of(tier.wireName()))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        return new AccessToken(token, lifetime.toSeconds());
    }
}
