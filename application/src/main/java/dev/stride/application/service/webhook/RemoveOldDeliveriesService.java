package dev.stride.application.service.webhook;

import dev.stride.application.port.in.RemoveOldDeliveriesUseCase;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.TimeSource;
import java.time.Duration;

public class RemoveOldDeliveriesService implements RemoveOldDeliveriesUseCase {

    private final DeliveryStore deliveries;
    private final TimeSource time;
    private final Duration retention;

    /** @param retention how long a delivered or failed delivery stays listed */
    public RemoveOldDeliveriesService(DeliveryStore deliveries, TimeSource time, Duration retention) {
        this.deliveries = deliveries;
        this.time = time;
        this.retention = retention;
    }

    @Override
    public int removeOldDeliveries() {
        return deliveries.removeFinishedBefore(time.now().minus(retention));
    }
}
