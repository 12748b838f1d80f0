package dev.stride.application.port.out;

/**
 * Tells this replica's delivery workers that new deliveries were committed, so the first attempt does not wait
 * for the next poll. Workers of other replicas find them at their next poll.
 */
public interface DeliveryWakeUp {

    void deliveriesCommitted();
}
