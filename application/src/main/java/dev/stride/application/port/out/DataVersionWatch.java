package dev.stride.application.port.out;

import dev.stride.domain.user.UserId;
import java.util.function.Consumer;

/**
 * News of {@link DataVersions} changes, pushed by where the versions are kept, so that a replica may go on trusting
 * a version it read without reading it again, for as long as the news is known to be complete. Times are this
 * process's monotonic clock ({@link System#nanoTime()}).
 */
public interface DataVersionWatch {

    /** A watch that knows nothing: every version read is trusted for its lease only. */
    DataVersionWatch NONE = new DataVersionWatch() {
        @Override
        public void subscribe(Consumer<UserId> changed) {
        }

        @Override
        public Coverage coverage() {
            return Coverage.NONE;
        }
    };

    /** {@code changed} is told of each user whose version a transaction of any replica changed, once it committed. */
    void subscribe(Consumer<UserId> changed);

    /** What has been told so far. */
    Coverage coverage();

    /**
     * Every change committed after {@code since} and before {@code upTo} has been told to the subscribers (in commit
     * order, before {@code upTo} was known). {@link #NONE}: nothing can be relied on.
     */
    record Coverage(boolean complete, long since, long upTo) {

        public static final Coverage NONE = new Coverage(false, 0, 0);

        public static Coverage of(long since, long upTo) {
            return new Coverage(true, since, upTo);
        }
    }
}
