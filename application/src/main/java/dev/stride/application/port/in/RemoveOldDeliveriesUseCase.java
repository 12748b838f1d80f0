package dev.stride.application.port.in;

/** Keeps the outbox from growing without end: finished deliveries are kept for a while, then removed. */
public interface RemoveOldDeliveriesUseCase {

    /** @return how many deliveries were removed */
    int removeOldDeliveries();
}
