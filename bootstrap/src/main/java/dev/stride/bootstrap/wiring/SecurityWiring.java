package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.security.BcryptPasswordHasher;
import dev.stride.adapter.out.security.JwtAccessTokenIssuer;
import dev.stride.adapter.out.security.JwtKeys;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.TimeSource;
import dev.stride.bootstrap.StrideConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing and token issuing. The key pair is checked (and in the embedded mode created,
 * {@code stride.jwt.generate-keys}) before anything else starts, so a missing key stops the start, not a login.
 */
@Singleton
public class SecurityWiring {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(StrideConfig config) {
        return new BcryptPasswordHasher(config.passwords().bcryptCost());
    }

    @Produces
    @Singleton
    AccessTokenIssuer accessTokenIssuer(StrideConfig config, TimeSource time,
            @ConfigProperty(name = "smallrye.jwt.new-token.issuer") String issuer) {
        return new JwtAccessTokenIssuer(issuer, config.jwt().accessTokenLifetime(), time);
    }

    void checkKeys(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started, StrideConfig config,
            @ConfigProperty(name = JwtKeys.PUBLIC_KEY) Optional<String> publicKey,
            @ConfigProperty(name = JwtKeys.PRIVATE_KEY) Optional<String> privateKey) {
        JwtKeys.check(publicKey, privateKey, config.jwt().generateKeys());
    }
}
