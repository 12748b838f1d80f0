package dev.stride.application.service.caching;

import dev.stride.application.port.out.DataVersionWatch;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>With a {@link DataVersionWatch} (PostgreSQL's notifications) a version is trusted beyond its lease, until the
 * watch tells of a change of that user, for as long as the watch can vouch that every change committed up to a lease
 * ago has been told. A write that has returned committed more than a lease ago, so by then its change has been told
 * and the version forgotten; a replica whose watch falls behind (its connection lost, the database slow) is back to
 * reading once per lease. A read that started before the watch was last (re)started, or before the latest change of
 * its user was told, is never trusted beyond its lease: it may have missed that change.
 */
final class VersionLeases {

    /** Past this many remembered users, those whose lease has run out are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private static final long TIDY_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    /** The longest a version read is trusted through the watch: then it is read again. */
    private static final long KEEP_NANOS = Duration.ofMinutes(1).toNanos();

    private final long leaseNanos;
    private final Ticker ticker;
    private final DataVersionWatch watch;
    private final FreshReads<UserId, Lease> reads = new FreshReads<>();
    private final Map<UserId, Lease> leases = new ConcurrentHashMap<>();
    private final AtomicLong lastTidy;
    /** When the watch last told of a change of each user; kept at least a minute (see {@link #isValid}). */
    private final Map<UserId, Long> toldChanged = new ConcurrentHashMap<>();

    VersionLeases(Duration lease, Ticker ticker) {
        this(lease, ticker, DataVersionWatch.NONE);
    }

    VersionLeases(Duration lease, Ticker ticker, DataVersionWatch watch) {
        if (lease.isNegative()) {
            throw new IllegalArgumentException("the version lease must not be negative");
        }
        this.leaseNanos = lease.toNanos();
        this.ticker = ticker;
        this.lastTidy = new AtomicLong(ticker.nanoTime() - TIDY_EVERY_NANOS);
        this.watch = watch;
        watch.subscribe(this::toldChanged);
    }

    /** The owner's version: trusted from this replica's lease, or read from {@code source}. */
    long current(UserId owner, LongSupplier source) {
        OptionalLong known = known(owner);
        if (known.isPresent()) {
            return known.getAsLong();
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

    /** The owner's version when this replica trusts one without reading it; empty when it would have to read. */
    OptionalLong known(UserId owner) {
        Lease known = leases.get(owner);
        return known != null && isValid(owner, known, ticker.nanoTime()) ? OptionalLong.of(known.version())
                : OptionalLong.empty();
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

    /** The watch's news: the owner's version changed (on any replica). */
    private void toldChanged(UserId owner) {
        long now = ticker.nanoTime();
        toldChanged.put(owner, now);
        leases.remove(owner);
        if (toldChanged.size() > TIDY_ABOVE) {
            toldChanged.values().removeIf(at -> now - at > KEEP_NANOS);
        }
    }

    private boolean isValid(UserId owner, Lease lease, long now) {
        long age = now - lease.readAt();
        if (age < leaseNanos) {
            return true;
        }
        DataVersionWatch.Coverage told = watch.coverage();
        if (!told.complete() || age > KEEP_NANOS || lease.readAt() - told.since() <= 0
                || told.upTo() - (now - leaseNanos) < 0) {
            return false;
        }
        // Kept a minute, as long as a lease can be trusted: a change told after the read started may have been missed.
        Long changed = toldChanged.get(owner);
        return changed == null || lease.readAt() - changed > 0;
    }

    private void remember(UserId owner, Lease fresh) {
        // A slower read that started earlier must not replace a newer one.
        leases.merge(owner, fresh, (held, offered) -> offered.readAt() - held.readAt() > 0 ? offered : held);
        if (leases.size() > TIDY_ABOVE) {
            long now = ticker.nanoTime();
            long last = lastTidy.get();
            // Tidying walks every lease: at most once a lease (or once a second), however many callers arrive.
            if (now - last >= Math.min(Math.max(leaseNanos, 1), TIDY_EVERY_NANOS) && lastTidy.compareAndSet(last, now)) {
                leases.entrySet().removeIf(entry -> !isValid(entry.getKey(), entry.getValue(), now));
                if (leases.size() > 2 * TIDY_ABOVE) {
                    // Forgetting is always safe: those users' versions are read again.
                    leases.clear();
                }
            }
        }
    }

    /** A version read, and when the read started. */
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
