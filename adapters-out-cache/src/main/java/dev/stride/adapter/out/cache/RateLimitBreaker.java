package dev.stride.adapter.out.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The circuit breaker around the limiter's Redis calls. When half of the last 100 calls failed (each bounded by
 * {@code stride.rate-limit.timeout}), it opens: for {@code delay} ({@code stride.rate-limit.breaker-delay}, 5 s)
 * hits are counted in memory without trying Redis, so a dead Redis adds no latency; then trial calls go through and 2
 * successes close it (a failure opens it again).
 *
 * <p>Written out rather than taken from MicroProfile Fault Tolerance, which guards the other dependencies: the
 * limiter runs on every request on the event loop, and the library's non-blocking breaker moved each call to a task
 * of its own and copied the request's contexts around it, about a tenth of a cached read's CPU (bench/results
 * profile). Here a call costs a few field reads and, once it completes, one synchronized update.
 */
public class RateLimitBreaker {

    private static final int WINDOW = 100;
    private static final double FAILURE_RATIO = 0.5;
    private static final int SUCCESSES_TO_CLOSE = 2;

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final long delayNanos;
    private final LongSupplier clock;
    /** The outcomes of the last calls while closed: true for a failure. */
    private final boolean[] outcomes = new boolean[WINDOW];
    private int recorded;
    private int next;
    private int failures;
    private int trialSuccesses;
    private volatile State state = State.CLOSED;
    private volatile long openedAt;

    public RateLimitBreaker(Duration delay) {
        this(delay, System::nanoTime);
    }

    RateLimitBreaker(Duration delay, LongSupplier clock) {
        this.delayNanos = delay.toNanos();
        this.clock = clock;
    }

    /**
     * Makes the call unless the breaker is open; the answer is the call's. While open: a stage failed with
     * {@link RateLimitBreakerOpenException}, without calling.
     */
    public <T> CompletionStage<T> call(Supplier<CompletionStage<T>> redisCall) {
        if (!allows()) {
            return CompletableFuture.failedFuture(new RateLimitBreakerOpenException());
        }
        CompletionStage<T> answer;
        try {
            answer = redisCall.get();
        } catch (RuntimeException e) {
            record(true);
            return CompletableFuture.failedFuture(e);
        }
        return answer.whenComplete((result, failure) -> record(failure != null));
    }

    boolean isOpen() {
        return state == State.OPEN && clock.getAsLong() - openedAt < delayNanos;
    }

    State state() {
        return state;
    }

    private boolean allows() {
        if (state != State.OPEN) {
            return true;
        }
        if (clock.getAsLong() - openedAt < delayNanos) {
            return false;
        }
        synchronized (this) {
            if (state == State.OPEN && clock.getAsLong() - openedAt >= delayNanos) {
                state = State.HALF_OPEN;
                trialSuccesses = 0;
            }
        }
        return state != State.OPEN;
    }

    private synchronized void record(boolean failed) {
        switch (state) {
            case HALF_OPEN -> {
                if (failed) {
                    open();
                } else if (++trialSuccesses >= SUCCESSES_TO_CLOSE) {
                    close();
                }
            }
            case CLOSED -> {
                if (recorded == WINDOW && outcomes[next]) {
                    failures--;
                }
                outcomes[next] = failed;
                if (failed) {
                    failures++;
                }
                next = (next + 1) % WINDOW;
                recorded = Math.min(WINDOW, recorded + 1);
                if (recorded == WINDOW && failures >= FAILURE_RATIO * WINDOW) {
                    open();
                }
            }
            case OPEN -> {
                // a call that started before the breaker opened: it changes nothing
            }
        }
    }

    private void open() {
        openedAt = clock.getAsLong();
        state = State.OPEN;
    }

    private void close() {
        recorded = 0;
        next = 0;
        failures = 0;
        java.util.Arrays.fill(outcomes, false);
        state = State.CLOSED;
    }
}
