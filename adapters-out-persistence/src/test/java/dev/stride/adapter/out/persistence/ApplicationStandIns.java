package dev.stride.adapter.out.persistence;

import dev.stride.application.port.in.ForgetOldIdempotencyKeysUseCase;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.RequestDeadline;
import dev.stride.application.service.ForgetOldIdempotencyKeysService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the application provides to this module's jobs, wired here as the bootstrap wires it: this module's tests
 * run without the bootstrap and without the metrics extension.
 */
class ApplicationStandIns {

    @Produces
    @Singleton
    ForgetOldIdempotencyKeysUseCase forgetOldIdempotencyKeys(IdempotencyStore keys) {
        return new ForgetOldIdempotencyKeysService(keys, () -> Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** No request, so no deadline: what the delivery workers and the jobs see. */
    @Produces
    @Singleton
    RequestDeadline requestDeadline() {
        return Optional::empty;
    }

    @Produces
    @Singleton
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
