package dev.stride.application.service.caching;

import static dev.stride.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// The readers are threads waiting on each other: a mistake would hang the build rather than fail it.
@Timeout(30)
class FreshReadsTest {

    private final FreshReads<String, Integer> reads = new FreshReads<>();
    private final AtomicInteger calls = new AtomicInteger();
    // A thread per reader: readers block, so a bounded pool (the common one) could leave some never started.
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aLoneReaderCallsTheSourceAtOnceAndLeavesNothingBehind() {
        assertThat(reads.read("ann", calls::incrementAndGet)).isEqualTo(1);
        assertThat(reads.read("ann", calls::incrementAndGet)).isEqualTo(2);

        assertThat(reads.keysInUse()).isZero();
    }

    @Test
    void readersArrivingDuringACallShareTheNextCallNotTheRunningOne() throws Exception {
        CountDownLatch firstCallMayEnd = new CountDownLatch(1);
        Supplier<Integer> source = () -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                await(firstCallMayEnd);
            }
            return call;
        };
        CompletableFuture<Integer> first = reader("ann", source);
        while (calls.get() < 1) {
            Thread.onSpinWait();
        }

        List<CompletableFuture<Integer>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            later.add(reader("ann", source));
        }
        while (reads.waiting("ann") < 5) {
            Thread.onSpinWait();
        }
        firstCallMayEnd.countDown();

        assertThat(first.get()).isEqualTo(1);
        for (CompletableFuture<Integer> reader : later) {
            assertThat(reader.get()).as("a call that started after the reader asked").isEqualTo(2);
        }
        assertThat(calls).hasValue(2);
        assertThat(reads.keysInUse()).isZero();
    }

    @Test
    void otherKeysDoNotWait() throws Exception {
        CountDownLatch annMayEnd = new CountDownLatch(1);
        CompletableFuture<Integer> ann = reader("ann", () -> {
            calls.incrementAndGet();
            await(annMayEnd);
            return 1;
        });
        while (calls.get() < 1) {
            Thread.onSpinWait();
        }

        assertThat(reads.read("bob", () -> 7)).isEqualTo(7);

        annMayEnd.countDown();
        assertThat(ann.get()).isEqualTo(1);
    }

    @Test
    void aFailedCallFailsOnlyItsOwnReaders() throws Exception {
        CountDownLatch failingCallMayEnd = new CountDownLatch(1);
        Supplier<Integer> source = () -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                await(failingCallMayEnd);
                throw new IllegalStateException("database down");
            }
            return call;
        };
        CompletableFuture<Integer> first = reader("ann", source);
        while (calls.get() < 1) {
            Thread.onSpinWait();
        }
        CompletableFuture<Integer> next = reader("ann", source);
        while (reads.waiting("ann") < 1) {
            Thread.onSpinWait();
        }

        failingCallMayEnd.countDown();

        assertThat(next.get()).isEqualTo(2);
        assertThatThrownBy(first::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(reads.keysInUse()).isZero();
    }

    @Test
    void readersSharingAFailedCallAllGetItsFailure() throws Exception {
        CountDownLatch runningCallMayEnd = new CountDownLatch(1);
        CountDownLatch failingCallMayEnd = new CountDownLatch(1);
        Supplier<Integer> source = () -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                await(runningCallMayEnd);
                return call;
            }
            await(failingCallMayEnd);
            throw new IllegalStateException("database down");
        };
        CompletableFuture<Integer> first = reader("ann", source);
        while (calls.get() < 1) {
            Thread.onSpinWait();
        }
        List<CompletableFuture<Integer>> sharing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sharing.add(reader("ann", source));
        }
        while (reads.waiting("ann") < 3) {
            Thread.onSpinWait();
        }
        runningCallMayEnd.countDown();
        while (calls.get() < 2) {
            Thread.onSpinWait();
        }
        failingCallMayEnd.countDown();

        assertThat(first.get()).isEqualTo(1);
        for (CompletableFuture<Integer> reader : sharing) {
            assertThatThrownBy(reader::join).hasRootCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("database down");
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void underContentionNoAnswerIsOlderThanTheMomentItWasAskedFor() throws Exception {
        FreshReads<String, Long> versions = new FreshReads<>();
        AtomicLong database = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                database.incrementAndGet();
                Thread.yield();
            }
        }, threads);
        List<CompletableFuture<Long>> readers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            readers.add(CompletableFuture.supplyAsync(() -> {
                long stale = 0;
                for (int i = 0; i < 2_000; i++) {
                    long asked = database.get();
                    long answered = versions.read("ann", () -> {
                        long value = database.get();
                        Thread.yield();
                        return value;
                    });
                    if (answered < asked) {
                        stale++;
                    }
                }
                return stale;
            }, threads));
        }

        for (CompletableFuture<Long> reader : readers) {
            assertThat(reader.get()).as("answers older than their question").isZero();
        }
        writing.set(false);
        writer.get();
        assertThat(versions.keysInUse()).isZero();
    }

    private CompletableFuture<Integer> reader(String key, Supplier<Integer> source) {
        return CompletableFuture.supplyAsync(() -> reads.read(key, source), threads);
    }
}
