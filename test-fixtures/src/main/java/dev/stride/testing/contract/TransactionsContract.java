package dev.stride.testing.contract;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.activity;
import static dev.stride.testing.contract.ContractFixtures.details;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} must do over the stores it is paired with. */
public abstract class TransactionsContract {

    protected abstract Transactions transactions();

    protected abstract ActivityStore activities();

    protected abstract UserStore users();

    protected abstract AuditLog audit();

    @Test
    void workCommitsAndItsResultIsReturned() {
        User owner = freshUser();
        Activity activity = activity(owner.id(), details("running", LocalDate.of(2024, 3, 1), "t"), T0);

        String result = transactions().inTransaction(() -> {
            users().insert(owner);
            activities().insert(activity);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(users().findById(owner.id())).isPresent();
        assertThat(activities().findLive(owner.id(), activity.id())).isPresent();
    }

    @Test
    void aRuntimeExceptionRollsBackEverythingWrittenInside() {
        User owner = insertedOwner();
        Activity activity = activity(owner.id(), details("running", LocalDate.of(2024, 3, 1), "a", "b"), T0);
        AuditEntry entry = AuditEntry.of(owner.id(), AuditAction.ACTIVITY_PURGED, "activity",
                activity.id().toString(), laterThanEveryAuditEntry(), Map.of("k", "v"));
        long auditTotal = audit().list(new PageRequest(1, 1)).total();
        User newcomer = freshUser();
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            activities().insert(activity);
            audit().record(entry);
            users().insert(newcomer);
            throw failure;
        })).isSameAs(failure);

        assertThat(activities().findLive(owner.id(), activity.id())).isEmpty();
        assertThat(transactions().inTransaction(() -> activities().lockAny(activity.id()))).isEmpty();
        assertThat(users().findById(newcomer.id())).isEmpty();
        assertThat(audit().list(new PageRequest(1, 100)).items()).doesNotContain(entry);
        assertThat(audit().list(new PageRequest(1, 1)).total()).isEqualTo(auditTotal);
    }

    @Test
    void aFailureRollsBackUpdatesToo() {
        User owner = insertedOwner();
        Activity activity = activity(owner.id(), details("running", LocalDate.of(2024, 3, 1), "a"), T0);
        transactions().inTransaction(() -> activities().insert(activity));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            Activity current = activities().lockLive(owner.id(), activity.id()).orElseThrow();
            activities().update(current.softDelete(T0.plusSeconds(1)));
            throw new IllegalArgumentException("changed my mind");
        })).isInstanceOf(IllegalArgumentException.class);

        Activity found = activities().findLive(owner.id(), activity.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.deletedAt()).isNull();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        User owner = insertedOwner();
        Activity outer = activity(owner.id(), details("running", LocalDate.of(2024, 3, 1)), T0);
        Activity inner = activity(owner.id(), details("cycling", LocalDate.of(2024, 3, 2), "nested"), T0);
        RuntimeException failure = new RuntimeException("after the inner unit returned");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            activities().insert(outer);
            Activity returned = transactions().inTransaction(() -> {
                activities().insert(inner);
                return inner;
            });
            // Joined, not separate: the outer unit sees the inner unit's writes before either ends.
            assertThat(activities().findLive(owner.id(), returned.id())).isPresent();
            throw failure;
        })).isSameAs(failure);

        assertThat(activities().findLive(owner.id(), outer.id())).isEmpty();
        assertThat(activities().findLive(owner.id(), inner.id())).isEmpty();
    }

    @Test
    void nestedUnitsCommitTogetherWithTheOuterOne() {
        User owner = insertedOwner();
        Activity outer = activity(owner.id(), details("running", LocalDate.of(2024, 3, 1)), T0);
        Activity inner = activity(owner.id(), details("cycling", LocalDate.of(2024, 3, 2)), T0);

        transactions().inTransaction(() -> {
            activities().insert(outer);
            transactions().inTransaction(() -> activities().insert(inner));
        });

        assertThat(activities().findLive(owner.id(), outer.id())).isPresent();
        assertThat(activities().findLive(owner.id(), inner.id())).isPresent();
    }

    private User insertedOwner() {
        User owner = freshUser();
        transactions().inTransaction(() -> users().insert(owner));
        return owner;
    }

    private Instant laterThanEveryAuditEntry() {
        Instant floor = Instant.parse("2030-01-01T00:00:00Z");
        return audit().list(new PageRequest(1, 1)).items().stream().map(AuditEntry::at)
                .filter(floor::isBefore).findFirst().orElse(floor).plusSeconds(1);
    }
}
