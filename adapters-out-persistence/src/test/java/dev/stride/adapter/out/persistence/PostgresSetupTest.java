package dev.stride.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** Proves the Postgres profile really runs on PostgreSQL, migrated with its own scripts, in its own schema. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresSetupTest {

    @Test
    void connectsToPostgresqlWithItsDialect() {
        assertThat(DatabaseFacts.productName()).isEqualTo("PostgreSQL");
        assertThat(DatabaseFacts.dialect()).isInstanceOf(PostgreSQLDialect.class);
    }

    @Test
    void worksInTheContractSchema() {
        assertThat(DatabaseFacts.column("select current_schema()")).containsExactly("stride_contract");
        assertThat(DatabaseFacts.column("select version from flyway_schema_history where success order by installed_rank"))
                .containsSubsequence("1", "2");
    }

    @Test
    void listIndexesArePartial() {
        assertThat(DatabaseFacts.column("select indexdef from pg_indexes where schemaname = 'stride_contract'"
                + " and indexname in ('ix_activities_live', 'ix_activities_trash') order by indexname"))
                .satisfiesExactly(
                        live -> assertThat(live).contains("WHERE (deleted_at IS NULL)"),
                        trash -> assertThat(trash).contains("WHERE (deleted_at IS NOT NULL)"));
    }
}
