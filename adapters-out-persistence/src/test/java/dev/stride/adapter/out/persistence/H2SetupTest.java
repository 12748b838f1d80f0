package dev.stride.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.hibernate.dialect.H2Dialect;
import org.junit.jupiter.api.Test;

/**
 * Proves the H2 profile really runs on H2 (db-kind is fixed at build time, so this checks that Quarkus
 * re-augmented for the profile), in file mode, migrated with the H2 scripts.
 */
@QuarkusTest
@TestProfile(H2Profile.class)
class H2SetupTest {

    @Test
    void connectsToH2WithItsDialect() {
        assertThat(DatabaseFacts.productName()).isEqualTo("H2");
        assertThat(DatabaseFacts.dialect()).isInstanceOf(H2Dialect.class);
    }

    @Test
    void keepsItsDatabaseInAFile() {
        assertThat(DatabaseFacts.column("select database_path()"))
                .singleElement().asString().endsWith("target/h2/stride-contract".replace('/', java.io.File.separatorChar));
    }

    @Test
    void ranTheH2Migrations() {
        assertThat(DatabaseFacts.column("select \"version\" from \"flyway_schema_history\" where \"success\""
                + " order by \"installed_rank\"")).containsSubsequence("1", "2");
        assertThat(DatabaseFacts.column("select index_name from information_schema.indexes"
                + " where index_name in ('IX_ACTIVITIES_LIVE', 'IX_ACTIVITIES_TRASH')"))
                .containsExactlyInAnyOrder("IX_ACTIVITIES_LIVE", "IX_ACTIVITIES_TRASH");
    }
}
