package dev.stride.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.SessionStore.Outcome;
import dev.stride.application.port.out.SessionStore.Rotation;
import dev.stride.application.port.out.SessionStore;
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
    private static final int MAX_SESSIONS = 3;

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
        store().open(session, user, hash, lifetime, MAX_SESSIONS);
        return session;
    }

    private Outcome rotate(String presented, String next) {
        return store().rotate(presented, next, LIFETIME, Duration.ZERO).outcome();
    }

    /** Long enough for a few round trips to a real server, short enough to wait out. */
    protected Duration grace() {
        return Duration.ofMillis(600);
    }

    @Test
    void theCurrentTokenRotatesAndTheNextOneIsCurrentThen() {
        UserId user = UserId.newId();
        String first = hash();
        String second = hash();
        String third = hash();
        open(user, first);

        assertThat(store().rotate(first, second, LIFETIME, Duration.ZERO)).isEqualTo(Rotation.rotated(user));
        assertThat(store().rotate(second, third, LIFETIME, Duration.ZERO)).isEqualTo(Rotation.rotated(user));
    }

    @Test
    void aTokenThatWasNeverIssuedIsUnknown() {
        open(UserId.newId(), hash());

        assertThat(store().rotate(hash(), hash(), LIFETIME, Duration.ZERO)).isEqualTo(Rotation.unknown());
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
        assertThat(store().rotate(first, thiefsNext, LIFETIME, Duration.ZERO)).isEqualTo(Rotation.reused(user));

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
        assertThat(store().rotate(othersToken, hash(), LIFETIME, Duration.ZERO)).isEqualTo(Rotation.rotated(other));
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
        assertThat(store().rotate(first, second, lifetime, Duration.ZERO).outcome()).isEqualTo(Outcome.ROTATED);
        elapse(mostOfIt);

        // The retired token has outlived its own lifetime: it is merely unknown, and the session goes on.
        assertThat(rotate(first, hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(store().rotate(second, hash(), lifetime, Duration.ZERO).outcome()).isEqualTo(Outcome.ROTATED);
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
                    return store().rotate(token, next, LIFETIME, Duration.ZERO);
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

    /** A client that lost the answer to its refresh retries it: a new pair, and the login goes on. */
    @Test
    void aRotatedTokenPresentedAgainWithinTheGraceGetsANewPairAndTheSessionGoesOn() {
        UserId user = UserId.newId();
        String first = hash();
        String lost = hash();
        String retried = hash();
        open(user, first);
        assertThat(store().rotate(first, lost, LIFETIME, grace())).isEqualTo(Rotation.rotated(user));

        assertThat(store().rotate(first, retried, LIFETIME, grace())).isEqualTo(Rotation.rotated(user));

        // Both new tokens work: each of two tabs goes on with its own.
        assertThat(store().rotate(retried, hash(), LIFETIME, grace()).outcome()).isEqualTo(Outcome.ROTATED);
        assertThat(store().rotate(lost, hash(), LIFETIME, grace()).outcome()).isEqualTo(Outcome.ROTATED);
    }

    /** After the grace, presenting a rotated token again is reuse, as without one. */
    @Test
    void aRotatedTokenPresentedAgainAfterTheGraceIsReuse() {
        UserId user = UserId.newId();
        String first = hash();
        String second = hash();
        open(user, first);
        store().rotate(first, second, LIFETIME, grace());

        elapse(grace().plusMillis(200));

        assertThat(store().rotate(first, hash(), LIFETIME, grace())).isEqualTo(Rotation.reused(user));
        assertThat(store().rotate(second, hash(), LIFETIME, grace()).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    /** The grace runs from the first rotation: retrying again and again does not stretch it. */
    @Test
    void retriesWithinTheGraceDoNotExtendIt() {
        UserId user = UserId.newId();
        String first = hash();
        open(user, first);
        store().rotate(first, hash(), LIFETIME, grace());
        elapse(grace().dividedBy(2));
        assertThat(store().rotate(first, hash(), LIFETIME, grace()).outcome()).isEqualTo(Outcome.ROTATED);

        elapse(grace().dividedBy(2).plusMillis(200));

        assertThat(store().rotate(first, hash(), LIFETIME, grace()).outcome()).isEqualTo(Outcome.REUSED);
    }

    @Test
    void twoTabsRefreshingAtOnceBothGetAPair() throws Exception {
        UserId user = UserId.newId();
        String token = hash();
        open(user, token);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Rotation>> tabs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String next = hash();
                tabs.add(pool.submit(() -> {
                    start.await();
                    return store().rotate(token, next, LIFETIME, grace());
                }));
            }
            start.countDown();

            for (Future<Rotation> tab : tabs) {
                assertThat(tab.get(30, TimeUnit.SECONDS)).isEqualTo(Rotation.rotated(user));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Before, a user's sessions were never capped: logins could grow their store without bound. */
    @Test
    void aUserKeepsAtMostTheMaximumTheOldestRevokedBeyond() {
        UserId user = UserId.newId();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < MAX_SESSIONS + 2; i++) {
            String token = hash();
            tokens.add(token);
            open(user, token);
            elapse(Duration.ofMillis(5));
        }

        assertThat(rotate(tokens.get(0), hash())).isEqualTo(Outcome.UNKNOWN);
        assertThat(rotate(tokens.get(1), hash())).isEqualTo(Outcome.UNKNOWN);
        for (String kept : tokens.subList(2, tokens.size())) {
            assertThat(rotate(kept, hash())).isEqualTo(Outcome.ROTATED);
        }
        // Another user is not touched.
        String other = hash();
        open(UserId.newId(), other);
        assertThat(rotate(other, hash())).isEqualTo(Outcome.ROTATED);
    }

    /** Expired sessions are forgotten, so they do not take the places of live ones. */
    @Test
    void expiredSessionsDoNotCountTowardsTheMaximum() {
        UserId user = UserId.newId();
        // The oldest is the live one: were the expired ones still counted, it would be the one revoked.
        String live = hash();
        open(user, live);
        elapse(Duration.ofMillis(5));
        for (int i = 0; i < MAX_SESSIONS - 1; i++) {
            open(user, hash(), shortLifetime());
        }
        elapse(shortLifetime().plusMillis(300));

        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < MAX_SESSIONS - 1; i++) {
            String token = hash();
            fresh.add(token);
            open(user, token);
        }

        assertThat(rotate(live, hash())).isEqualTo(Outcome.ROTATED);
        for (String token : fresh) {
            assertThat(rotate(token, hash())).isEqualTo(Outcome.ROTATED);
        }
    }
}
