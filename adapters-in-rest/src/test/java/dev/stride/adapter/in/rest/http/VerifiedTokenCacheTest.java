package dev.stride.adapter.in.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static KeyPair keys;
    private static JWTAuthContextInfo context;

    private Instant now = Instant.now();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        context = new JWTAuthContextInfo(keys.getPublic(), "stride");
    }

    private static String token(Duration lifetime) {
        return Jwt.issuer("stride").subject("user-1").expiresAt(Instant.now().plus(lifetime)).sign(keys.getPrivate());
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() throws ParseException {
        String token = token(Duration.ofMinutes(15));

        JWTCallerPrincipal first = cache.parse(token, context);
        JWTCallerPrincipal second = cache.parse(token, context);

        assertThat(first.getSubject()).isEqualTo("user-1");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainAfterAMinute() throws ParseException {
        String token = token(Duration.ofMinutes(15));
        JWTCallerPrincipal first = cache.parse(token, context);

        now = now.plusSeconds(61);

        assertThat(cache.parse(token, context)).isNotSameAs(first);
    }

    @Test
    void noTokenIsRememberedPastItsExpiry() throws ParseException {
        String token = token(Duration.ofSeconds(30));
        JWTCallerPrincipal first = cache.parse(token, context);

        now = now.plusSeconds(31);

        // Verified afresh (and, in real time, still valid here): not the remembered principal.
        assertThat(cache.parse(token, context)).isNotSameAs(first);
    }

    @Test
    void anAlteredTokenIsVerifiedAndRefused() throws ParseException {
        String token = token(Duration.ofMinutes(15));
        cache.parse(token, context);
        String altered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> cache.parse(altered, context)).isInstanceOf(ParseException.class);
    }
}
