package dev.stride.adapter.out.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresIdempotencyStoreTest extends PanacheIdempotencyStoreTestBase {
}
