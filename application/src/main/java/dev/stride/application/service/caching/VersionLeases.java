package dev.stride.application.service.caching;

import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * How a replica avoids reading a user's data version from the database for every request without ever serving a
 * stale entry. A version read is trusted for {@code lease} after the read <em>started</em> (on this replica's
 * monotonic clock), and every write of a user's activities waits {@code lease} after its commit before it returns
 * (a commit wait). So once a write has returned, every version any replica still trusts was read after the commit,
 * and shows it: a reader that arrives after the write returned cannot hold a lease from before the commit, because
 * that lease had run out by then.
 *
 * <p>What this costs: writes take {@code lease} longer. What it saves: a user's requests within one lease (a page
 * loading its list, statistics and summary at once; a dashboard polling) share one version read. Concurrent reads
 * after a lease ran out share one read as well ({@link FreshReads}). It relies on replicas' clocks running at the
 * same rate over a few milliseconds (true of any NTP-disciplined host), not on their agreeing on the time. A lease
 * of zero turns it off: every request reads the version and writes do not wait.
 */
final class VersionLeases {

    /** Past this many remembered users, those whose lease has run out are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final long leaseNanos;
    private final Ticker ticker;
    private final FreshReads<UserId, Lease> reads = new FreshReads<>();
    private final Map<UserId, Lease> leases = new ConcurrentHashMap<>();

    VersionLeases(Duration lease, Ticker ticker) {
        if (lease.isNegative()) {
            throw new IllegalArgumentException("the version lease must not be negative");
        }
        this.leaseNanos = lease.toNanos();
        this.ticker = ticker;
    }

    /** The owner's version: trusted from this replica's lease, or read from {@code source}. */
    long current(UserId owner, LongSupplier source) {
        Lease known = leases.get(owner);
        if (known != null && isValid(known, ticker.nanoTime())) {
            return known.version();
        }
        Lease fresh = reads.read(owner, () -> {
            long startedAt = ticker.nanoTime();
            return new Lease(source.getAsLong(), startedAt);
        });
        if (leaseNanos > 0) {
            remember(owner, fresh);
        }
        return fresh.version();
    }

    /** Call once a write of the owner's activities has committed: returns when no replica trusts an older read. */
    void committed(UserId owner) {
        long committedAt = ticker.nanoTime();
        leases.remove(owner);
        ticker.waitUntil(committedAt + leaseNanos);
    }

    int remembered() {
        return leases.size();
    }

    private boolean isValid(Lease lease, long now) {
        return now - lease.readAt() < leaseNanos;
    }

    private void remember(UserId owner, Lease fresh) {
        // A slower read that started earlier must not replace a newer one.
        leases.merge(owner, fresh, (held, offered) -> offered.readAt() - held.readAt() > 0 ? offered : held);
        if (leases.size() > TIDY_ABOVE) {
            long now = ticker.nanoTime();
            leases.values().removeIf(lease -> !isValid(lease, now));
        }
    }

    private record Lease(long version, long readAt) {
    }

    /** A monotonic clock in nanoseconds, and waiting on it. */
    interface Ticker {

        long nanoTime();

        /** Returns once {@link #nanoTime} has reached {@code deadline}, never earlier. */
        void waitUntil(long deadline);

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void waitUntil(long deadline) {
                // An interrupt must not cut the wait short (that would break the promise): it is kept for later.
                boolean interrupted = false;
                for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                    interrupted |= Thread.interrupted();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
