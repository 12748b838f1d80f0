package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimitBreaker breaker = new RateLimitBreaker(Duration.ofSeconds(5), now::get);
    private final AtomicInteger calls = new AtomicInteger();

    private boolean call(boolean fails) {
        CompletionStage<String> answer = breaker.call(() -> {
            calls.incrementAndGet();
            return fails ? CompletableFuture.failedFuture(new IllegalStateException("down"))
                    : CompletableFuture.completedFuture("ok");
        });
        try {
            answer.toCompletableFuture().join();
            return true;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    private void calls(int count, boolean fail) {
        for (int i = 0; i < count; i++) {
            call(fail);
        }
    }

    @Test
    void opensWhenHalfOfTheLastHundredCallsFailedAndNotBefore() {
        calls(51, false);
        calls(49, true);
        assertThat(breaker.isOpen()).as("49 of 100 failed").isFalse();

        call(true);

        assertThat(breaker.isOpen()).as("the 50th failure of the last 100").isTrue();
    }

    @Test
    void fewerThanAHundredCallsNeverOpenIt() {
        calls(99, true);

        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void whileOpenNothingIsCalledThenTwoTrialSuccessesCloseIt() {
        calls(100, true);
        int before = calls.get();

        assertThat(call(false)).isFalse();
        assertThat(calls).hasValue(before);
        assertThat(breaker.call(() -> CompletableFuture.completedFuture("x")).toCompletableFuture())
                .isCompletedExceptionally();

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(call(false)).isTrue();
        assertThat(breaker.state()).isEqualTo(RateLimitBreaker.State.HALF_OPEN);
        assertThat(call(false)).isTrue();
        assertThat(breaker.state()).isEqualTo(RateLimitBreaker.State.CLOSED);
        calls(99, true);
        assertThat(breaker.isOpen()).as("closed afresh: the old failures are forgotten").isFalse();
    }

    @Test
    void aFailedTrialOpensItAgainForAWholeDelay() {
        calls(100, true);
        now.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(call(true)).isFalse();

        assertThat(breaker.isOpen()).isTrue();
        now.addAndGet(Duration.ofSeconds(5).toNanos() - 1);
        assertThat(breaker.isOpen()).isTrue();
        now.addAndGet(1);
        assertThat(call(false)).isTrue();
    }

    @Test
    void aCallThatThrowsCountsAsAFailure() {
        for (int i = 0; i < 100; i++) {
            breaker.call(() -> {
                throw new IllegalStateException("refused at once");
            });
        }

        assertThat(breaker.isOpen()).isTrue();
    }
}
