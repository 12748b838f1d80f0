package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.memory.SystemTimeSource;
import dev.stride.adapter.out.metrics.LatencyHistograms;
import dev.stride.adapter.out.persistence.DatabaseReadiness;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.AdminEmails;
import dev.stride.adapter.in.rest.http.RequestTimeout;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/** The clock, who the admins are, the database's readiness report, and the latency histograms every timer gets. */
public class PlatformWiring {

    @Produces
    @Singleton
    TimeSource timeSource() {
        return new SystemTimeSource();
    }

    /** The API requests' deadline, which the REST adapter enforces and the persistence adapter honours. */
    @Produces
    @Singleton
    RequestTimeout requestTimeout(StrideConfig config) {
        return new RequestTimeout(config.requestTimeout());
    }

    @Produces
    @Singleton
    AdminEmails adminEmails(StrideConfig config) {
        return AdminEmails.parse(config.adminEmails().orElse(List.of()));
    }

    /** The database's state in readiness's details, never DOWN (DatabaseReadiness says why). */
    @Produces
    @Singleton
    @Readiness
    HealthCheck databaseReadiness(DataSource dataSource, MeterRegistry registry) {
        return new DatabaseReadiness(dataSource, registry);
    }

    /** Quarkus applies every MeterFilter bean to the registry. */
    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new LatencyHistograms();
    }
}
