package dev.stride.testing.contract;

import dev.stride.application.port.out.SessionStore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.SessionStore.Outcome;
import dev.stride.application.port.out.SessionStore.Rotation;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do. Users, sessions and hashes are fresh in every test: the store may be
 * shared with other runs.
 */
public abstract class SessionStoreContract {

    protected static final Duration LIFETIME = Duration.ofDays(30);

    protected abstract SessionStore store();

    /** Lets time pass for the store: a manual clock is moved, a real server is waited for. */
    protected abstract void elapse(Duration duration);

    /** A lifetime short enough to wait out, long enough for several round trips to the store. */
    protected Duration shortLifetime() {
        return Duration.ofMillis(1000);
    }

    private static String hash() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    private String open(UserId user, String hash) {
        return open(user, hash, LIFETIME);
    }

    private String open(UserId user, String hash, Duration lifetime) {
        String session = UUID.randomUUID().toString();
        store().open(session, user, hash, lifetime);
        return session;
    }

    private Outcome rotate(String presented, String next) {
        return store().rotate(presented, next, LIFETIME).outcome();
    }

    @Test
    void theCurrentTokenRotatesAndTheNextOneIsCurrentThen() {
        UserId user = UserId.newId();
        String first = hash();
        String second = hash();
        String third = hash();
        open(user, first);

        assertThat(store().rotate(first, second, LIFETIME)).isEqualTo(Rotation.rotated(user));
        assertThat(store().rotate(second, third, LIFETIME)).isEqualTo(Rotation.rotated(user));
    }

    @Test
    void aTokenThatWasNeverIssuedIsUnknown() {
        open(UserId.newId(), hash());

        assertThat(store().rotate(hash(), hash(), LIFETIME)).isEqualTo(Rotation.unknown());
        assertThat(store().revoke(hash())).isFalse();
    }

    @Test
    void aRotatedTokenPresentedAgainIsReuseAndRevokesTheWholeSession() {
        UserId user = UserId.newId();
        String first = hash();
        String second = hash();
        open(user, first);
        rotate(first, second);

        String thiefsNext = hash();
        assertThat(store().rotate(first, thiefsNext, LIFETIME)).isEqualTo(Rotation.reused(user));

        assertThat(rotate(second, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(rotate(thiefsNext, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(rotate(first, hash())).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void reuseInOneSessionLeavesTheUsersOtherSessionsAlone() {
        UserId user = UserId.newId();
        String phone = hash();
        String laptop = hash();
        open(user, phone);
        open(user, laptop);
        rotate(phone, hash());

        assertThat(rotate(phone, hash())).isEqualTo(Outcome.REUSED);

        assertThat(rotate(laptop, hash())).isEqualTo(Outcome.ROTATED);
    }

    @Test
    void revokingEndsOnlyThatSession() {
        UserId user = UserId.newId();
        String phone = hash();
        String laptop = hash();
        open(user, phone);
        open(user, laptop);

        assertThat(store().revoke(phone)).isTrue();

        assertThat(rotate(phone, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(store().revoke(phone)).isFalse();
        assertThat(rotate(laptop, hash())).isEqualTo(Outcome.ROTATED);
    }

    @Test
    void revokingWithARetiredTokenEndsTheSessionToo() {
        String first = hash();
        String second = hash();
        open(UserId.newId(), first);
        rotate(first, second);

        assertThat(store().revoke(first)).isTrue();

        assertThat(rotate(second, hash())).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void revokingAllEndsEverySessionOfThatUserOnly() {
        UserId user = UserId.newId();
        UserId other = UserId.newId();
        String phone = hash();
        String laptop = hash();
        String rotatedLaptop = hash();
        String othersToken = hash();
        open(user, phone);
        open(user, laptop);
        rotate(laptop, rotatedLaptop);
        open(other, othersToken);

        store().revokeAll(user);

        assertThat(rotate(phone, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(rotate(rotatedLaptop, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(rotate(laptop, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(store().rotate(othersToken, hash(), LIFETIME)).isEqualTo(Rotation.rotated(other));
    }

    @Test
    void revokingAllOfAUserWithoutSessionsDoesNothing() {
        store().revokeAll(UserId.newId());
    }

    @Test
    void aTokenIsUnknownOnceItsLifetimeIsOver() {
        String token = hash();
        open(UserId.newId(), token, shortLifetime());

        elapse(shortLifetime().plusMillis(200));

        assertThat(rotate(token, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(store().revoke(token)).isFalse();
    }

    @Test
    void everyRotationGivesTheSessionAFreshLifetime() {
        Duration lifetime = shortLifetime();
        Duration mostOfIt = lifetime.multipliedBy(6).dividedBy(10);
        String first = hash();
        String second = hash();
        open(UserId.newId(), first, lifetime);

        elapse(mostOfIt);
        assertThat(store().rotate(first, second, lifetime).outcome()).isEqualTo(Outcome.ROTATED);
        elapse(mostOfIt);

        // The retired token has outlived its own lifetime: it is merely unknown, and the session goes on.
        assertThat(rotate(first, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(store().rotate(second, hash(), lifetime).outcome()).isEqualTo(Outcome.ROTATED);
    }

    @Test
    void ofConcurrentRotationsWithOneTokenExactlyOneSucceeds() throws Exception {
        UserId user = UserId.newId();
        String token = hash();
        String other = hash();
        open(user, token);
        open(user, other);
        int callers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<String> nextHashes = new ArrayList<>();
            List<Future<Rotation>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String next = hash();
                nextHashes.add(next);
                results.add(pool.submit(() -> {
                    start.await();
                    return store().rotate(token, next, LIFETIME);
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Rotation> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS).outcome());
            }

            // The first to come rotates; the next one presents a retired token, which revokes the session, so the
            // rest find nothing left to rotate.
            assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.ROTATED).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.REUSED).hasSize(1);
            for (String next : nextHashes) {
                assertThat(rotate(next, hash())).isEqualTo(Outcome.UNKNOWN);
            }
            assertThat(rotate(other, hash())).isEqualTo(Outcome.ROTATED);
        } finally {
            pool.shutdownNow();
        }
    }
}
