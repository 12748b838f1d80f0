package dev.stride.bootstrap.wiring;

import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.AdminEmails;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.bootstrap.clock.SystemTimeSource;
import dev.stride.bootstrap.security.BcryptPasswordHasher;
import dev.stride.bootstrap.security.JwtAccessTokenIssuer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The out-ports that are not storage: clock, password hashing, token issuing, and who the admins are. */
public class PlatformWiring {

    @Produces
    @Singleton
    TimeSource timeSource() {
        return new SystemTimeSource();
    }

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

    @Produces
    @Singleton
    AdminEmails adminEmails(StrideConfig config) {
        return AdminEmails.parse(config.adminEmails().orElse(List.of()));
    }
}
