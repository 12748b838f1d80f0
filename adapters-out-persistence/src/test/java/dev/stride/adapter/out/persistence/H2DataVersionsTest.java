package dev.stride.adapter.out.persistence;

import dev.stride.testing.contract.DataVersionsContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(H2Profile.class)
class H2DataVersionsTest extends PanacheDataVersionsTestBase implements DataVersionsContract {
}
