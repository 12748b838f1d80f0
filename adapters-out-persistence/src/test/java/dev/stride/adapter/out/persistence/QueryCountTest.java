package dev.stride.adapter.out.persistence;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.activity;
import static dev.stride.testing.contract.ContractFixtures.details;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A page costs a fixed number of statements however many rows it has: no query per row for tags or details. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class QueryCountTest {

    /** One count, one page of rows, one batch of collections. */
    private static final int STATEMENTS_PER_PAGE = 3;

    @Inject
    ActivityStore activities;

    @Inject
    UserStore users;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPageOfActivitiesLoadsAllItsTagsAtOnce() {
        User owner = freshUser();
        transactions.inTransaction(() -> {
            users.insert(owner);
            for (int day = 1; day <= 25; day++) {
                activities.insert(activity(owner.id(), details("running", LocalDate.of(2024, 1, day), "a", "b-" + day),
                        T0));
                activities.insert(activity(owner.id(), details("running", LocalDate.of(2024, 2, day), "c"), T0)
                        .softDelete(T0.plusSeconds(day)));
            }
        });

        Page<Activity> live = countingStatements(
                () -> activities.listLive(ActivityFilter.allOf(owner.id()), new PageRequest(1, 20)));
        Page<Activity> trash = countingStatements(
                () -> activities.listTrash(owner.id(), new PageRequest(1, 20)));

        assertThat(live.items()).hasSize(20).allSatisfy(a -> assertThat(a.details().tags().values()).hasSize(2));
        assertThat(trash.items()).hasSize(20).allSatisfy(a -> assertThat(a.details().tags().values()).hasSize(1));
    }

    @Test
    void aPageOfAuditEntriesLoadsAllItsDetailsAtOnce() {
        UserId admin = UserId.newId();
        // Later than anything other tests logged, so the first page is this test's entries alone.
        Instant start = audit.list(new PageRequest(1, 1)).items().stream().map(AuditEntry::at).findFirst()
                .orElse(T0).plus(Duration.ofDays(1));
        transactions.inTransaction(() -> {
            for (int i = 0; i < 25; i++) {
                audit.record(AuditEntry.of(admin, AuditAction.ACTIVITY_PURGED, "activity",
                        UUID.randomUUID().toString(), start.plusSeconds(i), Map.of("n", Integer.toString(i), "x", "y")));
            }
        });

        Page<AuditEntry> page = countingStatements(() -> audit.list(new PageRequest(1, 20)));

        assertThat(page.items()).hasSize(20).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(admin);
            assertThat(entry.details()).hasSize(2);
        });
    }

    private <T> T countingStatements(Supplier<T> read) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        T result = read.get();
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(STATEMENTS_PER_PAGE);
        return result;
    }
}
