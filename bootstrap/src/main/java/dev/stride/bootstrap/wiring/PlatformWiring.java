package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.memory.SystemTimeSource;
import dev.stride.adapter.out.metrics.LatencyHistograms;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.AdminEmails;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The clock, who the admins are, and the latency histograms every timer gets. */
public class PlatformWiring {

    @Produces
    @Singleton
    TimeSource timeSource() {
        return new SystemTimeSource();
    }

    @Produces
    @Singleton
    AdminEmails adminEmails(StrideConfig config) {
        return AdminEmails.parse(config.adminEmails().orElse(List.of()));
    }

    /** Quarkus applies every MeterFilter bean to the registry. */
    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new LatencyHistograms();
    }
}
