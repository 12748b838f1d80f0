package dev.stride.testing.webhooks;

import dev.stride.application.port.out.DeliveryWakeUp;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the wake-up calls instead of waking workers (use-case tests run the delivery themselves). */
public class CountingWakeUp implements DeliveryWakeUp {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public void deliveriesCommitted() {
        calls.incrementAndGet();
    }

    public int calls() {
        return calls.get();
    }
}
