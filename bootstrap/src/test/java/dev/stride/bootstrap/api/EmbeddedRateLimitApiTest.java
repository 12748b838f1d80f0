package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every rate limit rule of {@link RateLimitApiTest}, on the embedded default's in-memory counter. */
@QuarkusTest
@TestProfile(EmbeddedRateLimited.class)
class EmbeddedRateLimitApiTest extends RateLimitApiTest {
}
