package dev.stride.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.DataVersionWatch.Coverage;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import dev.stride.testing.contract.ContractFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch on the real PostgreSQL: what it tells, and what it vouches for, also across a lost connection. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresDataVersionWatchTest extends PanacheDataVersionsTestBase {

    private static final Duration TICK = Duration.ofMillis(5);

    @Inject
    DataSource dataSource;

    private PostgresDataVersionWatch watch;
    private final List<UserId> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        watch = new PostgresDataVersionWatch(dataSource, TICK);
        watch.subscribe(told::add);
        watch.start();
        waitFor(() -> watch.coverage().complete(), "listening");
    }

    @AfterEach
    void stop() {
        watch.close();
    }

    private UserId aUser() {
        User user = ContractFixtures.freshUser();
        transactions.inTransaction(() -> users.insert(user));
        return user.id();
    }

    @Test
    void aCommittedBumpIsToldAndARolledBackOneIsNot() {
        UserId ann = aUser();
        UserId bob = aUser();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            versions.bump(bob);
            throw new IllegalStateException("the write failed");
        })).isInstanceOf(IllegalStateException.class);
        transactions.inTransaction(() -> versions.bump(ann));

        waitFor(() -> told.contains(ann), "Ann's change told");
        // Told in commit order: Bob's rollback came first and was never told.
        assertThat(told).doesNotContain(bob);
    }

    @Test
    void onceATickSentAfterACommitIsBackTheChangeHasBeenTold() {
        UserId ann = aUser();
        transactions.inTransaction(() -> versions.bump(ann));
        long committed = System.nanoTime();

        waitFor(() -> watch.coverage().upTo() - committed > 0, "a tick sent after the commit");

        assertThat(told).contains(ann);
    }

    @Test
    void aLostConnectionVouchesForNothingUntilItListensAgainFromANewStart() throws SQLException {
        Coverage before = watch.coverage();
        assertThat(before.complete()).isTrue();

        terminateListener();
        waitFor(() -> !watch.coverage().complete(), "the loss noticed");
        waitFor(() -> watch.coverage().complete(), "listening again");

        Coverage after = watch.coverage();
        assertThat(after.since() - before.upTo()).as("changes of the gap are not vouched for").isPositive();
        UserId ann = aUser();
        transactions.inTransaction(() -> versions.bump(ann));
        waitFor(() -> told.contains(ann), "a change after the reconnection told");
    }

    /** The watch's connection is the one whose latest statement is a tick. */
    private void terminateListener() throws SQLException {
        try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where query like 'NOTIFY stride_version_ticks_%' or query like 'LISTEN stride_version_ticks_%'");
        }
    }

    private void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            watch.coverage();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for: " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }
}
