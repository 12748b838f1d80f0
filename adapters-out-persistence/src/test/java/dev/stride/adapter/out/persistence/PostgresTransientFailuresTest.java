package dev.stride.adapter.out.persistence;

import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.StorageUnavailableException;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.User;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Transient failures on a real PostgreSQL: a unit that fails before committing for a reason worth another try
 * (serialization failure, deadlock, a connection killed under it) is repeated and succeeds; what is not transient
 * is not repeated; what stays broken comes out as {@link StorageUnavailableException} after a bounded number of tries.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresTransientFailuresTest {

    @Inject
    Transactions transactions;

    @Inject
    UserStore users;

    @Test
    void aSerializationFailureIsRepeatedAndTheUnitsWritesHappenOnce() {
        User user = freshUser();
        AtomicInteger attempts = new AtomicInteger();

        transactions.inTransaction(() -> {
            users.insert(user);
            if (attempts.incrementAndGet() == 1) {
                fail("40001");
            }
        });

        assertThat(attempts).hasValue(2);
        assertThat(users.findById(user.id())).isPresent();
    }

    @Test
    void aDeadlockVictimIsRepeated() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = transactions.inTransaction(() -> {
            if (attempts.incrementAndGet() < 3) {
                fail("40P01");
            }
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aUnitWhoseConnectionIsKilledBeforeItCommitsIsRepeatedOnAnotherConnection() {
        User user = freshUser();
        AtomicInteger attempts = new AtomicInteger();

        transactions.inTransaction(() -> {
            users.insert(user);
            if (attempts.incrementAndGet() == 1) {
                // The server ends this session, as a restart or a failover would: 57P01, then a broken connection.
                Panache.getEntityManager().createNativeQuery("select pg_terminate_backend(pg_backend_pid())")
                        .getResultList();
            }
        });

        assertThat(attempts).hasValue(2);
        assertThat(users.findById(user.id())).isPresent();
    }

    @Test
    void aFailureThatIsNotTransientIsNotRepeated() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            fail("22012");
        })).isNotInstanceOf(StorageUnavailableException.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictThatPersistsEndsAsStorageUnavailableAfterFourTries() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            fail("40001");
        })).isInstanceOf(StorageUnavailableException.class);

        assertThat(attempts).hasValue(4);
    }

    /** Makes the server raise an error with this SQL state inside the unit. */
    private static void fail(String sqlState) {
        Panache.getEntityManager().createNativeQuery(
                "do $$ begin raise exception 'injected' using errcode = '" + sqlState + "'; end $$")
                .executeUpdate();
    }
}
