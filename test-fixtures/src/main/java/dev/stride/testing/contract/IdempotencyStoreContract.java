package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.activity;
import static dev.stride.testing.contract.ContractFixtures.details;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do. */
public abstract class IdempotencyStoreContract {

    private static final Duration LEASE = Duration.ofSeconds(15);

    protected abstract IdempotencyStore keys();

    protected abstract UserStore users();

    protected abstract Transactions transactions();

    @Test
    void aClaimIsFoundWithEveryFieldAndNoResult() {
        IdempotentCreate claim = claim(newOwner(), T0);

        assertThat(keys().claim(claim)).isTrue();

        assertThat(keys().find(claim.owner(), claim.key())).contains(claim);
    }

    @Test
    void aKeyIsClaimedOncePerUserButTwoUsersMayPickTheSameKey() {
        IdempotentCreate first = claim(newOwner(), T0);
        IdempotentCreate again = IdempotentCreate.claim(first.owner(), first.key(), "other", T0, LEASE);
        IdempotentCreate otherUser = IdempotentCreate.claim(newOwner(), first.key(), "other", T0, LEASE);

        assertThat(keys().claim(first)).isTrue();
        assertThat(keys().claim(again)).isFalse();
        assertThat(keys().claim(otherUser)).isTrue();

        assertThat(keys().find(first.owner(), first.key())).contains(first);
        assertThat(keys().find(otherUser.owner(), first.key())).contains(otherUser);
    }

    @Test
    void aFinishedClaimAnswersWithTheActivityAsCreated() {
        IdempotentCreate claim = claimed(newOwner(), T0);
        Activity created = activity(claim.owner(), details("running", LocalDate.of(2024, 3, 1), "easy", "hills"), T0);

        assertThat(transactions().inTransaction(() -> keys().finish(claim, created))).isTrue();

        IdempotentCreate found = keys().find(claim.owner(), claim.key()).orElseThrow();
        assertThat(found.isFinished()).isTrue();
        assertThat(found.claimToken()).isEqualTo(claim.claimToken());
        assertThat(found.result().orElseThrow()).usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void aResultWithoutTagsOrDistanceComesBackTheSame() {
        IdempotentCreate claim = claimed(newOwner(), T0);
        Activity created = activity(claim.owner(), new dev.stride.domain.activity.ActivityDetails(
                new dev.stride.domain.activity.ActivityType("yoga"), 30, null, null, LocalDate.of(2024, 3, 1),
                new dev.stride.domain.activity.Tags(List.of())), T0);

        transactions().inTransaction(() -> keys().finish(claim, created));

        assertThat(keys().find(claim.owner(), claim.key()).orElseThrow().result().orElseThrow())
                .usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void aFinishRolledBackWithItsTransactionLeavesTheClaimInPlaceAndUnfinished() {
        IdempotentCreate claim = claimed(newOwner(), T0);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            keys().finish(claim, activity(claim.owner(), details("running", LocalDate.of(2024, 3, 1)), T0));
            throw new IllegalStateException("the activity's insert failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(keys().find(claim.owner(), claim.key())).contains(claim);
    }

    @Test
    void aClaimMadeInsideAFailingTransactionStaysMade() {
        IdempotentCreate claim = claim(newOwner(), T0);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            keys().claim(claim);
            throw new IllegalStateException("later work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(keys().find(claim.owner(), claim.key())).contains(claim);
    }

    @Test
    void aClaimIsFinishedOnce() {
        IdempotentCreate claim = claimed(newOwner(), T0);
        Activity first = activity(claim.owner(), details("running", LocalDate.of(2024, 3, 1)), T0);

        assertThat(transactions().inTransaction(() -> keys().finish(claim, first))).isTrue();
        assertThat(transactions().inTransaction(() -> keys().finish(claim,
                activity(claim.owner(), details("cycling", LocalDate.of(2024, 3, 1)), T0)))).isFalse();

        assertThat(keys().find(claim.owner(), claim.key()).orElseThrow().result().orElseThrow().id())
                .isEqualTo(first.id());
    }

    @Test
    void aClaimTakenOverCanNoLongerBeFinishedOrReleasedByItsFirstHolder() {
        IdempotentCreate abandoned = claimed(newOwner(), T0);
        IdempotentCreate successor = IdempotentCreate.claim(abandoned.owner(), abandoned.key(),
                abandoned.fingerprint(), T0.plus(LEASE), LEASE);

        assertThat(keys().takeOver(abandoned, successor)).isTrue();

        assertThat(transactions().inTransaction(() -> keys().finish(abandoned,
                activity(abandoned.owner(), details("running", LocalDate.of(2024, 3, 1)), T0)))).isFalse();
        keys().release(abandoned);
        assertThat(keys().find(abandoned.owner(), abandoned.key())).contains(successor);
    }

    @Test
    void onlyOneOfTwoTakeOversOfTheSameRecordWins() {
        IdempotentCreate abandoned = claimed(newOwner(), T0);
        IdempotentCreate one = IdempotentCreate.claim(abandoned.owner(), abandoned.key(), "x", T0, LEASE);
        IdempotentCreate two = IdempotentCreate.claim(abandoned.owner(), abandoned.key(), "y", T0, LEASE);

        assertThat(keys().takeOver(abandoned, one)).isTrue();
        assertThat(keys().takeOver(abandoned, two)).isFalse();

        assertThat(keys().find(abandoned.owner(), abandoned.key())).contains(one);
    }

    @Test
    void anUnfinishedRecordCannotBeTakenOverOnceItsHolderFinishedIt() {
        IdempotentCreate claim = claimed(newOwner(), T0);
        Activity created = activity(claim.owner(), details("running", LocalDate.of(2024, 3, 1)), T0);
        transactions().inTransaction(() -> keys().finish(claim, created));

        IdempotentCreate late = IdempotentCreate.claim(claim.owner(), claim.key(), claim.fingerprint(),
                T0.plus(LEASE), LEASE);

        assertThat(keys().takeOver(claim, late)).as("judged unfinished, but finished since").isFalse();
        assertThat(keys().find(claim.owner(), claim.key()).orElseThrow().isFinished()).isTrue();
    }

    @Test
    void aFinishedRecordPastItsRetentionCanBeTakenOverAfresh() {
        IdempotentCreate claim = claimed(newOwner(), T0);
        transactions().inTransaction(() -> keys().finish(claim,
                activity(claim.owner(), details("running", LocalDate.of(2024, 3, 1)), T0)));
        IdempotentCreate finished = keys().find(claim.owner(), claim.key()).orElseThrow();
        IdempotentCreate fresh = IdempotentCreate.claim(claim.owner(), claim.key(), "new body",
                T0.plus(IdempotentCreate.RETENTION), LEASE);

        assertThat(keys().takeOver(finished, fresh)).isTrue();

        assertThat(keys().find(claim.owner(), claim.key())).contains(fresh);
    }

    @Test
    void releaseRemovesAnUnfinishedClaimAndLeavesAFinishedOne() {
        IdempotentCreate unfinished = claimed(newOwner(), T0);
        IdempotentCreate finished = claimed(newOwner(), T0);
        transactions().inTransaction(() -> keys().finish(finished,
                activity(finished.owner(), details("running", LocalDate.of(2024, 3, 1)), T0)));

        keys().release(unfinished);
        keys().release(finished);

        assertThat(keys().find(unfinished.owner(), unfinished.key())).isEmpty();
        assertThat(keys().find(finished.owner(), finished.key())).hasValueSatisfying(
                record -> assertThat(record.isFinished()).isTrue());
        assertThat(keys().claim(claim(unfinished.owner(), unfinished.key(), T0))).as("free again").isTrue();
    }

    @Test
    void removesTheRecordsCreatedBeforeTheCutoffOnly() {
        // Far in the past of every other test's records: the cutoff touches only this test's.
        Instant longAgo = Instant.parse("1990-01-01T00:00:00Z");
        IdempotentCreate old = claimed(newOwner(), longAgo);
        IdempotentCreate young = claimed(newOwner(), longAgo.plusSeconds(120));

        assertThat(keys().removeCreatedBefore(longAgo.plusSeconds(60))).isEqualTo(1);

        assertThat(keys().find(old.owner(), old.key())).isEmpty();
        assertThat(keys().find(young.owner(), young.key())).contains(young);
        keys().removeCreatedBefore(longAgo.plusSeconds(180));
    }

    @Test
    void ofManyConcurrentClaimsOnOneKeyExactlyOneWins() throws Exception {
        UserId owner = newOwner();
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
        int claimants = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                IdempotentCreate claim = IdempotentCreate.claim(owner, key, "fingerprint-" + i, T0, LEASE);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return keys().claim(claim);
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : outcomes) {
                won += outcome.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private IdempotentCreate claim(UserId owner, Instant at) {
        return claim(owner, new IdempotencyKey(UUID.randomUUID().toString()), at);
    }

    private static IdempotentCreate claim(UserId owner, IdempotencyKey key, Instant at) {
        return IdempotentCreate.claim(owner, key, "f".repeat(64), at, LEASE);
    }

    private IdempotentCreate claimed(UserId owner, Instant at) {
        IdempotentCreate claim = claim(owner, at);
        assertThat(keys().claim(claim)).isTrue();
        return claim;
    }

    protected UserId newOwner() {
        User user = freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }
}
