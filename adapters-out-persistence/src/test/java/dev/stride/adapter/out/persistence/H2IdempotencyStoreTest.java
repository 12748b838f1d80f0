package dev.stride.adapter.out.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(H2Profile.class)
class H2IdempotencyStoreTest extends PanacheIdempotencyStoreTestBase {
}
