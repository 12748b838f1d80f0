package dev.stride.application.service.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.DataVersionWatch;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VersionLeasesTest {

    private static final Duration LEASE = Duration.ofMillis(5);
    private static final long LEASE_NANOS = LEASE.toNanos();

    private final ManualTicker ticker = new ManualTicker();
    private final ManualWatch watch = new ManualWatch();
    private final AtomicLong database = new AtomicLong(1);
    private final AtomicLong reads = new AtomicLong();
    private final UserId ann = UserId.newId();

    private long read(VersionLeases leases, UserId owner) {
        return leases.current(owner, () -> {
            reads.incrementAndGet();
            return database.get();
        });
    }

    @Test
    void aVersionIsTrustedForTheLeaseAfterItsReadStartedAndReadAgainAfter() {
        VersionLeases leases = new VersionLeases(LEASE, ticker);
        read(leases, ann);

        ticker.advance(LEASE_NANOS - 1);
        read(leases, ann);
        assertThat(reads).hasValue(1);

        ticker.advance(1);
        read(leases, ann);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteReturnsOnlyOnceEveryLeaseTakenBeforeItsCommitHasRunOut() {
        VersionLeases reader = new VersionLeases(LEASE, ticker);
        VersionLeases writer = new VersionLeases(LEASE, ticker);
        assertThat(read(reader, ann)).isEqualTo(1);
        ticker.advance(LEASE_NANOS / 2);

        database.set(2);
        long committedAt = ticker.nanoTime();
        writer.committed(ann);

        assertThat(ticker.nanoTime() - committedAt).isEqualTo(LEASE_NANOS);
        assertThat(read(reader, ann)).as("the other replica's first read after the write returned").isEqualTo(2);
    }

    @Test
    void theWritingReplicaForgetsItsOwnLeaseAtOnce() {
        VersionLeases leases = new VersionLeases(LEASE, ticker);
        read(leases, ann);

        database.set(2);
        leases.committed(ann);

        assertThat(read(leases, ann)).isEqualTo(2);
    }

    @Test
    void aZeroLeaseReadsEveryTimeAndWritesDoNotWait() {
        VersionLeases leases = new VersionLeases(Duration.ZERO, ticker);
        read(leases, ann);
        read(leases, ann);
        long before = ticker.nanoTime();

        leases.committed(ann);

        assertThat(reads).hasValue(2);
        assertThat(ticker.nanoTime()).isEqualTo(before);
        assertThat(leases.remembered()).isZero();
    }

    @Test
    void runOutLeasesAreForgottenOnceManyUsersAreRemembered() {
        VersionLeases leases = new VersionLeases(LEASE, ticker);
        for (int i = 0; i < 10_000; i++) {
            read(leases, UserId.newId());
        }
        ticker.advance(LEASE_NANOS);

        read(leases, UserId.newId());
        read(leases, UserId.newId());

        assertThat(leases.remembered()).isLessThanOrEqualTo(2);
    }

    @Test
    void aWatchedVersionIsTrustedBeyondItsLeaseUntilAChangeIsTold() {
        VersionLeases leases = new VersionLeases(LEASE, ticker, watch);
        watch.since = ticker.nanoTime() - 1;
        read(leases, ann);

        ticker.advance(10 * LEASE_NANOS);
        watch.upTo = ticker.nanoTime() - LEASE_NANOS;
        read(leases, ann);
        assertThat(reads).as("all changes up to a lease ago told, none of Ann's").hasValue(1);

        database.set(2);
        watch.tell(ann);
        assertThat(read(leases, ann)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWatchThatFallsBehindIsTrustedNoLongerThanALease() {
        VersionLeases leases = new VersionLeases(LEASE, ticker, watch);
        watch.since = ticker.nanoTime() - 1;
        watch.upTo = ticker.nanoTime();
        read(leases, ann);

        // Nothing told for longer than a lease: a change committed meanwhile may not have been told yet.
        ticker.advance(LEASE_NANOS + 1);
        read(leases, ann);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatStartedBeforeTheWatchStartedOrBeforeAToldChangeIsTrustedForItsLeaseOnly() {
        VersionLeases leases = new VersionLeases(LEASE, ticker, watch);
        read(leases, ann);
        watch.since = ticker.nanoTime();
        ticker.advance(LEASE_NANOS);
        watch.upTo = ticker.nanoTime();
        read(leases, ann);
        assertThat(reads).as("read before the watch was listening").hasValue(2);

        // A change told while a read is under way: that read may have missed it.
        UserId bob = UserId.newId();
        leases.current(bob, () -> {
            watch.tell(bob);
            return database.get();
        });
        ticker.advance(LEASE_NANOS);
        watch.upTo = ticker.nanoTime();
        AtomicLong bobReads = new AtomicLong();
        leases.current(bob, () -> {
            bobReads.incrementAndGet();
            return database.get();
        });
        assertThat(bobReads).hasValue(1);
    }

    @Test
    void aWatchedVersionIsReadAgainAfterAMinute() {
        VersionLeases leases = new VersionLeases(LEASE, ticker, watch);
        watch.since = ticker.nanoTime() - 1;
        read(leases, ann);

        ticker.advance(Duration.ofMinutes(1).toNanos() + 1);
        watch.upTo = ticker.nanoTime();
        read(leases, ann);

        assertThat(reads).hasValue(2);
    }

    @Test
    void theSystemTickerWaitsAtLeastUntilTheDeadline() {
        long deadline = System.nanoTime() + Duration.ofMillis(2).toNanos();

        VersionLeases.Ticker.SYSTEM.waitUntil(deadline);

        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(deadline);
    }

    @Test
    void aNegativeLeaseIsRefused() {
        assertThatThrownBy(() -> new VersionLeases(Duration.ofMillis(-1), ticker))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a test says the watch has told. */
    private static final class ManualWatch implements DataVersionWatch {

        private final List<Consumer<UserId>> subscribers = new ArrayList<>();
        long since = Long.MIN_VALUE;
        long upTo = Long.MIN_VALUE;

        @Override
        public void subscribe(Consumer<UserId> changed) {
            subscribers.add(changed);
        }

        @Override
        public Coverage coverage() {
            return since == Long.MIN_VALUE ? Coverage.NONE : Coverage.of(since, upTo);
        }

        void tell(UserId changed) {
            subscribers.forEach(subscriber -> subscriber.accept(changed));
        }
    }

    /** Time moves only when a test (or a wait) moves it. */
    private static final class ManualTicker implements VersionLeases.Ticker {

        private long now = 1_000_000_000L;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void waitUntil(long deadline) {
            now = Math.max(now, deadline);
        }

        synchronized void advance(long nanos) {
            now += nanos;
        }
    }
}
