package dev.stride.adapter.in.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import org.junit.jupiter.api.Test;

class EdgeIdentityProviderTest {

    /**
     * Quarkus asks the providers of a token from the highest priority down and takes the first identity: were the
     * edge's provider behind Quarkus's JWT validation, every request would verify its token and look its account up
     * a second time (as it did with a priority of 100, under the default of 1001), with the same answers.
     */
    @Test
    void comesBeforeQuarkusOwnJwtValidation() {
        assertThat(new EdgeIdentityProvider().priority()).isGreaterThan(new MpJwtValidator().priority());
    }
}
