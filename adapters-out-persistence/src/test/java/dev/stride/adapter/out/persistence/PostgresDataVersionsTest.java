package dev.stride.adapter.out.persistence;

import dev.stride.testing.contract.DataVersionsContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresDataVersionsTest extends PanacheDataVersionsTestBase implements DataVersionsContract {
}
