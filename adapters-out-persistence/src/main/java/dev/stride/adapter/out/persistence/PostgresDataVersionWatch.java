package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DataVersionWatch;
import dev.stride.domain.user.UserId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Data version changes as PostgreSQL tells them: every bump sends a notification on {@link #CHANGES} in its own
 * transaction ({@link PanacheDataVersions}), which PostgreSQL delivers to every listener when, and only if, it
 * commits. One thread per replica listens on a connection of its own. To know how far the news is complete, it
 * also notifies a channel only it listens to, every {@code tick} while reads ask: PostgreSQL delivers the
 * notifications of committed transactions to a listener in commit order, so once the tick sent at time t has come
 * back, every change committed before t has been told. When the connection fails, nothing is vouched for until it
 * listens again (each read then trusts its version for its lease only), and changes committed while it was not
 * listening are covered by reading again: {@link Coverage#since()} moves to the new start.
 */
public class PostgresDataVersionWatch implements DataVersionWatch, AutoCloseable {

    /** The channel of changes: its payload is the user's id. */
    public static final String CHANGES = "stride_data_versions";
    private static final Logger LOG = Logger.getLogger(PostgresDataVersionWatch.class);
    /** While no read asks for this long, the watch stops ticking (and sends nothing while the service is idle). */
    private static final long IDLE_AFTER_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final long tickNanos;
    private final String ticks = "stride_version_ticks_" + UUID.randomUUID().toString().replace("-", "");
    private final List<Consumer<UserId>> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong lastAsked = new AtomicLong(System.nanoTime());
    private final Thread listener;
    private volatile Coverage coverage = Coverage.NONE;
    private volatile boolean running = true;
    private volatile Connection connection;

    public PostgresDataVersionWatch(DataSource dataSource, Duration tick) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("the tick must be positive, was " + tick);
        }
        this.tickNanos = tick.toNanos();
        this.listener = new Thread(this::listen, "stride-version-watch");
        listener.setDaemon(true);
    }

    /** Starts listening; changes are told from then on. */
    public PostgresDataVersionWatch start() {
        listener.start();
        return this;
    }

    @Override
    public void subscribe(Consumer<UserId> changed) {
        subscribers.add(changed);
    }

    @Override
    public Coverage coverage() {
        lastAsked.lazySet(System.nanoTime());
        return coverage;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                connection = listening;
                listening.setAutoCommit(true);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANGES);
                    statement.execute("LISTEN " + ticks);
                    long since = System.nanoTime();
                    coverage = Coverage.of(since, since);
                    if (warned) {
                        LOG.info("Listening to data version changes again");
                        warned = false;
                    }
                    tellUntilStopped(statement, notifications, since);
                }
            } catch (SQLException | RuntimeException e) {
                coverage = Coverage.NONE;
                if (running && !warned) {
                    LOG.warnf("Not listening to data version changes (%s): versions are read once per lease until"
                            + " it listens again", e.toString());
                    warned = true;
                }
                pause();
            } finally {
                coverage = Coverage.NONE;
                connection = null;
            }
        }
    }

    private void tellUntilStopped(Statement statement, PGConnection notifications, long since) throws SQLException {
        while (running) {
            long now = System.nanoTime();
            boolean asked = now - lastAsked.get() < IDLE_AFTER_NANOS;
            if (asked) {
                statement.execute("NOTIFY " + ticks + ", '" + now + "'");
            }
            long waitUntil = now + (asked ? tickNanos : IDLE_AFTER_NANOS / 10);
            for (long left = waitUntil - System.nanoTime(); left > 0 && running; left = waitUntil - System.nanoTime()) {
                PGNotification[] told = notifications.getNotifications(
                        (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                if (told != null) {
                    for (PGNotification notification : told) {
                        tell(notification, since);
                    }
                }
            }
        }
    }

    private void tell(PGNotification notification, long since) {
        if (ticks.equals(notification.getName())) {
            long sentAt = Long.parseLong(notification.getParameter());
            if (sentAt - coverage.upTo() > 0) {
                coverage = Coverage.of(since, sentAt);
            }
            return;
        }
        UserId.parse(notification.getParameter()).ifPresent(user -> subscribers.forEach(s -> s.accept(user)));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // closing anyway: the thread ends on its failure
            }
        }
        listener.interrupt();
    }
}
