package dev.stride.application.service.caching;

import java.util.concurrent.CountDownLatch;

/** Holding a source call until the test lets it go on. */
final class Latches {

    private Latches() {
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
