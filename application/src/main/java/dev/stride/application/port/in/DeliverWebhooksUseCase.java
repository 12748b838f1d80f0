package dev.stride.application.port.in;

import java.util.function.BooleanSupplier;

/** The delivery workers' one job. */
public interface DeliverWebhooksUseCase {

    /**
     * Claims up to {@code max} due deliveries for {@code claimant} and attempts each. When {@code stopping}
     * turns true, the deliveries not attempted yet are given back for any worker to claim.
     *
     * @return how many deliveries were claimed: zero means nothing was due
     */
    int deliverDue(String claimant, int max, BooleanSupplier stopping);
}
