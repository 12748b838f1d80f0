package dev.stride.testing;

import java.time.Duration;

/**
 * Waiting in a test for something that happens asynchronously (a pub/sub delivery, a Prometheus scrape, a log line,
 * a process getting ready): the condition is polled until it holds or the time is up. Callers assert afterwards, so
 * a timeout fails with their own message.
 */
public final class Eventually {

    private Eventually() {
    }

    /** A check that may also act (send, announce) before it answers. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls {@code condition} every {@code every}, for at most {@code within}; answers whether it held. */
    public static boolean holds(Duration within, Duration every, Condition condition) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(every.toMillis());
        }
        return true;
    }
}
