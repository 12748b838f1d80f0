package dev.stride.testing;

import java.util.concurrent.CountDownLatch;

/** Holding a source call until the test lets it go on. */
public final class Latches {

    private Latches() {
    }

    public static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
